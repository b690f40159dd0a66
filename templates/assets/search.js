/*
  The archive's search, run in the browser over window.baogaoSearchIndex, which search-index.js
  assigns (a script, not a fetched file, so that it works from file://).

  Chinese has no spaces between words, so every query term is looked for as a substring: a
  two-character term finds every report that contains those two characters in a row. Terms
  separated by spaces must all occur, in the title, the metadata or the body.

  The index keeps each body in the codes of an alphabet ranked by frequency (see SearchIndex.java):
  one character, one code, so the query is recoded and looked for in the recoded text directly,
  and only the snippets shown are decoded. Full-width letters and digits match their ASCII forms,
  and letters match either case.

  Messages come from the form's data-* attributes, so that templates/site/search.ftlh words them.
*/
(function () {
  'use strict';

  var PAGE_SIZE = 50;      // results rendered at once; "more" renders the next ones
  var MAX_COUNT = 200;     // occurrences counted per term and report, enough to rank by
  var CONTEXT = 30;        // characters shown before a match in a snippet
  var WINDOW = 90;         // characters in one snippet window
  var WINDOWS = 3;         // snippet windows per result

  var form = document.getElementById('search');
  if (!form) return;
  var input = form.elements.q;
  var filters = ['year', 'type', 'unit'].map(function (name) { return form.elements[name]; });
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var say = form.dataset;

  var index = window.baogaoSearchIndex;
  if (!index || index.version !== 1) {
    status.textContent = say.missing;
    return;
  }

  // The alphabet: each character and its code, and for each folded form every code that folds to it.
  var decoding = new Map();
  var encoding = new Map();
  var byFold = new Map();
  (function () {
    var chars = Array.from(index.chars);
    var codes = Array.from(index.codes);
    for (var i = 0; i < chars.length; i++) {
      decoding.set(codes[i], chars[i]);
      encoding.set(chars[i], codes[i]);
      var key = fold(chars[i]);
      var same = byFold.get(key);
      if (same) same.push(codes[i]); else byFold.set(key, [codes[i]]);
    }
  })();

  function fold(c) {
    var cp = c.codePointAt(0);
    if (cp >= 0xFF01 && cp <= 0xFF5E) c = String.fromCodePoint(cp - 0xFEE0);
    return c.toLowerCase();
  }

  // a character outside the alphabet gets a code that is never used, so it matches nothing
  function encode(s) {
    var out = '';
    for (var c of s) out += encoding.get(c) || '\uFFFF';
    return out;
  }

  function decode(s) {
    var out = '';
    for (var c of s) out += decoding.get(c) || '';
    return out;
  }

  var reports = index.reports.map(function (r, i) {
    var report = {
      title: r[0], href: r[1], pdf: r[2], pages: r[3], date: r[4], dateText: r[5], type: r[6], typeLabel: r[7],
      author: r[8], post: r[9], unit: r[10], meeting: r[11], tags: r[12], year: r[13],
      text: index.texts[i]
    };
    var meta = [report.typeLabel, report.post, report.author, report.unit, report.meeting, report.dateText]
      .concat(report.tags).filter(Boolean).join(' ');
    report.head = encode(report.title + '\n' + meta);
    report.titleLength = encode(report.title).length;
    return report;
  });

  /* A term as a finder of its next occurrence in a recoded text: indexOf when each of its
     characters has one code, a regular expression over the alternatives otherwise. */
  function compile(term) {
    var alternatives = [];
    var literal = true;
    for (var c of term) {
      var codes = byFold.get(fold(c));
      if (!codes) return null;
      if (codes.length > 1) literal = false;
      alternatives.push(codes);
    }
    if (literal) {
      var s = alternatives.map(function (a) { return a[0]; }).join('');
      return function (text, from) {
        var at = text.indexOf(s, from);
        return at < 0 ? null : [at, at + s.length];
      };
    }
    var source = alternatives.map(function (a) {
      return a.length === 1 ? escape(a[0]) : '(?:' + a.map(escape).join('|') + ')';
    }).join('');
    var re = new RegExp(source, 'gu');
    return function (text, from) {
      re.lastIndex = from;
      var m = re.exec(text);
      return m ? [m.index, m.index + m[0].length] : null;
    };
  }

  function escape(c) {
    return c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }

  function terms(query) {
    var seen = new Set();
    return query.split(/[\s\u3000]+/).filter(function (t) {
      if (!t || seen.has(t)) return false;
      seen.add(t);
      return true;
    });
  }

  /* Every report that has every term and passes the filters: best first (a term in the title,
     then in the metadata, then how often the terms occur), newest first among equals. */
  function search(query, chosen) {
    var finders = terms(query).map(compile);
    if (finders.some(function (f) { return f === null; })) return [];
    var found = [];
    for (var i = 0; i < reports.length; i++) {
      var r = reports[i];
      if (chosen.year && r.year !== chosen.year || chosen.type && r.type !== chosen.type
          || chosen.unit && r.unit !== chosen.unit) continue;
      var score = 0, hits = 0, firsts = [], ok = true;
      for (var k = 0; k < finders.length && ok; k++) {
        var find = finders[k];
        var inHead = find(r.head, 0);
        var count = 0, first = -1, at = 0, m;
        while (count < MAX_COUNT && (m = find(r.text, at))) {
          if (first < 0) first = m[0];
          count++;
          at = m[1];
        }
        if (!inHead && count === 0) ok = false;
        score += (inHead ? (inHead[0] < r.titleLength ? 1000 : 300) : 0) + count;
        hits += count;
        if (first >= 0) firsts.push(first);
      }
      if (ok) found.push({ report: r, score: score, hits: hits, firsts: firsts });
    }
    if (finders.length) {
      found.sort(function (a, b) {
        return b.score - a.score || (a.report.date < b.report.date ? 1 : a.report.date > b.report.date ? -1 : 0);
      });
    }
    return found;
  }

  /* text[start, end) decoded, with every occurrence of a term in <mark>. */
  function highlighted(text, start, end, finders) {
    var marks = [];
    finders.forEach(function (find) {
      var at = start, m;
      while ((m = find(text, at)) && m[0] < end) {
        marks.push([m[0], Math.min(m[1], end)]);
        at = m[1];
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var out = document.createDocumentFragment();
    var pos = start;
    marks.forEach(function (m) {
      if (m[1] <= pos) return;
      var from = Math.max(m[0], pos);
      if (from > pos) out.appendChild(document.createTextNode(decode(text.slice(pos, from))));
      var mark = document.createElement('mark');
      mark.textContent = decode(text.slice(from, m[1]));
      out.appendChild(mark);
      pos = m[1];
    });
    if (pos < end) out.appendChild(document.createTextNode(decode(text.slice(pos, end))));
    return out;
  }

  /* Up to three windows of the body around the first occurrence of each term, merged where they overlap. */
  function snippet(result, finders) {
    var text = result.report.text;
    var windows = result.firsts.length ? result.firsts.map(function (f) {
      var s = Math.max(0, f - CONTEXT);
      return [s, Math.min(text.length, s + WINDOW)];
    }) : [[0, Math.min(text.length, WINDOW)]];
    windows.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    windows.forEach(function (w) {
      var last = merged[merged.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]); else merged.push(w.slice());
    });
    var p = document.createElement('p');
    p.className = 'snippet';
    merged.slice(0, WINDOWS).forEach(function (w) {
      // never cut a character outside the Basic Multilingual Plane in two
      if (w[0] > 0 && isLowSurrogate(text.charCodeAt(w[0]))) w[0]--;
      if (w[1] < text.length && isLowSurrogate(text.charCodeAt(w[1]))) w[1]++;
      if (w[0] > 0) p.appendChild(document.createTextNode('\u2026'));
      p.appendChild(highlighted(text, w[0], w[1], finders));
      if (w[1] < text.length) p.appendChild(document.createTextNode('\u2026'));
    });
    return p;
  }

  function isLowSurrogate(u) {
    return u >= 0xDC00 && u <= 0xDFFF;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }

  function item(result, finders) {
    var r = result.report;
    var li = document.createElement('li');
    li.className = 'result';
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = r.href;
    a.appendChild(highlighted(r.head, 0, r.titleLength, finders));
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    var parts = [r.typeLabel, [r.post, r.author].filter(Boolean).join(' '), r.unit, r.meeting, r.dateText];
    if (r.pages > 0) parts.push(fill(say.pages, { n: r.pages }));
    if (result.hits > 0) parts.push(fill(say.hits, { n: result.hits }));
    meta.appendChild(document.createTextNode(parts.filter(Boolean).join(' \u00b7 ')));
    if (r.pdf) {
      meta.appendChild(document.createTextNode(' \u00b7 '));
      var pdf = document.createElement('a');
      pdf.href = r.pdf;
      pdf.className = 'pdf';
      pdf.textContent = 'PDF';
      meta.appendChild(pdf);
    }
    li.appendChild(meta);
    li.appendChild(snippet(result, finders));
    return li;
  }

  var shown = { results: [], finders: [], count: 0 };

  function showMore() {
    var next = shown.results.slice(shown.count, shown.count + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    next.forEach(function (result) { fragment.appendChild(item(result, shown.finders)); });
    list.appendChild(fragment);
    shown.count += next.length;
    var left = shown.results.length - shown.count;
    more.hidden = left <= 0;
    more.textContent = fill(say.more, { n: Math.min(left, PAGE_SIZE) });
  }

  function chosenFilters() {
    var chosen = {};
    filters.forEach(function (select) { chosen[select.name] = select.value; });
    return chosen;
  }

  function run() {
    var started = performance.now();
    var query = input.value.trim();
    var chosen = chosenFilters();
    list.textContent = '';
    if (!query && !chosen.year && !chosen.type && !chosen.unit) {
      shown = { results: [], finders: [], count: 0 };
      more.hidden = true;
      status.textContent = say.hint;
      return;
    }
    var finders = terms(query).map(compile).filter(Boolean);
    shown = { results: search(query, chosen), finders: finders, count: 0 };
    showMore();
    var ms = Math.max(1, Math.round(performance.now() - started));
    status.textContent = (shown.results.length ? fill(say.found, { n: shown.results.length }) : say.none)
      + fill(say.time, { ms: ms });
    remember(query, chosen);
  }

  // the address keeps the search, for the back button and bookmarks; file:// pages may refuse, which is harmless
  function remember(query, chosen) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    Object.keys(chosen).forEach(function (k) { if (chosen[k]) params.set(k, chosen[k]); });
    try {
      history.replaceState(null, '', '?' + params.toString());
    } catch (e) { /* not allowed here */ }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run();
  });
  filters.forEach(function (select) { select.addEventListener('change', run); });
  more.addEventListener('click', showMore);

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  filters.forEach(function (select) {
    var v = params.get(select.name);
    if (v && Array.prototype.some.call(select.options, function (o) { return o.value === v; })) select.value = v;
  });
  run();
})();
