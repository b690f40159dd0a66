/*
 * The similarity panel's button (查重): marks in the report's body the text it shares with other
 * reports, and takes the marks away again. The marks are in the page already (mark.shared); the
 * button only shows them, so nothing is fetched and the page works opened from a folder.
 * Written for old browsers as well: no classList's second argument, no arrow functions.
 */
(function () {
  var button = document.querySelector('button.show-shared');
  var text = document.getElementById('main-text');
  if (!button || !text) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    var on = button.getAttribute('aria-pressed') !== 'true';
    if (on) text.classList.add('showing-shared');
    else text.classList.remove('showing-shared');
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = button.getAttribute(on ? 'data-hide' : 'data-show');
    if (on) {
      var first = text.querySelector('mark.shared');
      if (first && first.scrollIntoView) first.scrollIntoView({block: 'center'});
    }
  });
})();
