#!/usr/bin/env bash
# The build benchmark (see BENCHMARKS.md). For each N (default: 200 1000) it generates N reports
# with the project's corpus generator, then measures with /usr/bin/time -v, one after another on
# this machine:
#   baogao: full build (HTML + PDF), no-op rebuild, one report changed, one template changed
#           (group.ftlh: the reports of one type), HTML-only build;
#   the tools one would use instead, where installed: Hugo on the same Markdown (HTML), pandoc on
#   each file (HTML, as many at once as cores), WeasyPrint on baogao's own report pages with
#   their print style sheet (PDF; on the first WEASY_REPORTS reports only, default 20).
# Writes a Markdown table per N to $BENCH_OUT/results-N.md and prints it.
#
#   bench/run.sh [N ...]            BENCH_OUT=/tmp/baogao-bench  WEASY_REPORTS=20
# Needs: Java 17, Maven, the fonts of the README, and GNU time; hugo, pandoc, weasyprint optional
# (sudo apt-get install time hugo pandoc weasyprint poppler-utils).
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
out=${BENCH_OUT:-/tmp/baogao-bench}
weasy_n=${WEASY_REPORTS:-20}
cores=$(nproc)
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 200 1000
mkdir -p "$out"
(cd "$here" && mvn -q -B -DskipTests package)
baogao="$here/baogao"
"$baogao" help >/dev/null 2>&1   # makes the start-up archive for this jar once, outside the timings

# measure LABEL LOG CMD...: runs CMD under /usr/bin/time -v; appends "label|wall|cpu|rss" to $rows
measure() {
  local label=$1 log=$2; shift 2
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || { echo "bench: '$label' failed, see $log" >&2; tail -5 "$log" >&2; }
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log.time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$log.time")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$log.time")
  echo "$label|$wall|$cpu|$rss" >>"$rows"
  echo "  $label: ${wall}s wall, ${cpu}s CPU, ${rss} MB" >&2
}
bytes() { find "$@" -type f -printf '%s\n' 2>/dev/null | awk '{s+=$1} END {print s+0}'; }

for n in "$@"; do
  p="$out/n$n"
  rm -rf "$p" && mkdir -p "$p"
  cp -r "$here/templates" "$p/templates"
  java -cp "$here/target/baogao.jar" org.baogao.bench.GenerateCorpus "$n" "$p"
  rows="$p/rows" && : >"$rows"
  args=(--content "$p/content" --templates "$p/templates" --fonts "$here/fonts")
  echo "N = $n" >&2

  measure "baogao full build (HTML + PDF)" "$p/full.log" "$baogao" build -q --clean "${args[@]}" --out "$p/site"
  pages=$(sed -n 's/.* built[^,]*, \([0-9]*\) pages.*/\1/p' "$p/full.log" | tail -1)
  measure "baogao no-op rebuild" "$p/noop.log" "$baogao" build -q "${args[@]}" --out "$p/site"
  one=$(find "$p/content" -name '*.md' | sort | sed -n "$((n / 2))p")
  cp "$one" "$p/one.bak"
  sed -i '0,/。现将/s//，又补充征求意见建议3条。现将/' "$one"
  measure "baogao one report changed" "$p/one.log" "$baogao" build -q "${args[@]}" --out "$p/site"
  cp "$p/one.bak" "$one"
  measure "baogao back to the original report" "$p/one-back.log" "$baogao" build -q "${args[@]}" --out "$p/site"
  printf '<#-- bench: the group layout changed -->\n' >>"$p/templates/group.ftlh"
  measure "baogao one template changed (group.ftlh)" "$p/template.log" "$baogao" build -q "${args[@]}" --out "$p/site"
  measure "baogao HTML-only build" "$p/html.log" "$baogao" build -q --clean --no-pdf "${args[@]}" --out "$p/site-html"

  html=$(find "$p/site" -name '*.html' -printf '%s\n' | awk '{s+=$1} END {print s}')
  pdf=$(find "$p/site" -name '*.pdf' -printf '%s\n' | awk '{s+=$1} END {print s}')
  index=$(stat -c %s "$p/site/search-index.js")
  cache=$(bytes "$p/site/.baogao")

  if command -v hugo >/dev/null; then
    mkdir -p "$p/hugo"
    cp "$here/bench/hugo.toml" "$p/hugo/config.toml"
    cp -r "$here/bench/hugo-layouts" "$p/hugo/layouts"
    ln -s "$p/content" "$p/hugo/content"
    measure "Hugo $(hugo version | sed 's/^hugo v\([0-9.]*\).*/\1/') full build (HTML)" "$p/hugo.log" \
      hugo --quiet -s "$p/hugo" -d "$p/hugo-public"
  fi
  if command -v pandoc >/dev/null; then
    mkdir -p "$p/pandoc"
    measure "pandoc $(pandoc --version | head -1 | cut -d' ' -f2), one file each, $cores at once (HTML)" "$p/pandoc.log" \
      sh -c "cd '$p/content' && find . -name '*.md' | xargs -P $cores -I{} sh -c 'mkdir -p \"$p/pandoc/\$(dirname {})\" && pandoc -s --metadata lang=zh-CN -f markdown -t html -o \"$p/pandoc/{}.html\" {}'"
  fi
  if command -v weasyprint >/dev/null; then
    mkdir -p "$p/weasy"
    find "$p/site" -mindepth 3 -name index.html | sort | awk -v n="$weasy_n" 'NR <= n' >"$p/weasy.list"
    measure "WeasyPrint $(weasyprint --version | awk '{print $3}'), $weasy_n of the reports, $cores at once (PDF)" "$p/weasy.log" \
      sh -c "xargs -P $cores -I{} sh -c 'weasyprint -q {} \"$p/weasy/\$(echo {} | md5sum | cut -c1-8).pdf\"' <'$p/weasy.list'"
    weasy_pages=0
    for f in "$p"/weasy/*.pdf; do weasy_pages=$((weasy_pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
    ours=0
    while read -r page; do
      ours=$((ours + $(pdfinfo "$(dirname "$page")/$(basename "$(dirname "$page")").pdf" | awk '/^Pages:/ {print $2}')))
    done <"$p/weasy.list"
  fi

  {
    echo "### N = $n reports, $pages PDF pages"
    echo
    echo "| run | wall s | CPU s | peak RSS MB | PDF pages/s (wall) |"
    echo "|---|---:|---:|---:|---:|"
    while IFS='|' read -r label wall cpu rss; do
      pps=""
      case "$label" in
        "baogao full build"*) pps=$(awk -v p="$pages" -v w="$wall" 'BEGIN {printf "%.1f", p / w}') ;;
        WeasyPrint*) pps=$(awk -v p="$weasy_pages" -v w="$wall" 'BEGIN {printf "%.1f", p / w}') ;;
      esac
      echo "| $label | $wall | $cpu | $rss | $pps |"
    done <"$rows"
    echo
    echo "Output: HTML $(awk -v b="$html" 'BEGIN {printf "%.1f MB", b/1048576}') ($(awk -v b="$html" -v n="$n" 'BEGIN {printf "%.1f KB", b/n/1024}') per report, listings included);" \
      "PDF $(awk -v b="$pdf" 'BEGIN {printf "%.1f MB", b/1048576}') ($(awk -v b="$pdf" -v p="$pages" 'BEGIN {printf "%.1f KB", b/p/1024}') per page);" \
      "search index $(awk -v b="$index" 'BEGIN {printf "%.2f MB", b/1048576}') ($(awk -v b="$index" -v n="$n" 'BEGIN {printf "%.1f KB", b/n/1024}') per report);" \
      "build cache $(awk -v b="$cache" 'BEGIN {printf "%.1f MB", b/1048576}')."
    if [ -n "${weasy_pages:-}" ]; then
      echo "WeasyPrint made $weasy_pages pages of the $weasy_n reports that baogao set on $ours pages."
    fi
    echo
  } | tee "$out/results-$n.md"
done
{
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $cores cores, $(free -g | awk '/^Mem:/ {print $2}') GiB;"
  echo "$(java -version 2>&1 | head -1); $(uname -sr)."
} | tee "$out/machine.md"
