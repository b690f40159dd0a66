#!/usr/bin/env bash
# The build benchmark (see BENCHMARKS.md). For each N (default: 200 1000) it generates N reports
# with the project's corpus generator, then measures with /usr/bin/time -v, one after another on
# this machine:
#   baogao: full build (the default build: HTML, the reports' PDFs and the meetings' bound
#           volumes; no Word documents, which --docx asks for), no-op rebuild, one report
#           changed, one template changed (group.ftlh: the reports of one type), HTML-only build;
#   Typst, the fastest peer for PDF, where Node.js and npm are installed: the same reports
#   converted to Typst documents laid out as baogao's page (bench/typst/page.typ, by
#   org.baogao.bench.TypstCorpus, untimed), compiled to PDF/A-2b by the Typst compiler of the npm
#   package in bench/typst/package-lock.json (installed once into $BENCH_OUT/typst-node), as many
#   processes as cores; PAIRS times (default 3) alternating with baogao's full build, and, for a
#   cold start, the longest report alone in a fresh process, alternating with baogao's build of a
#   project of that one report; medians;
#   the tools one would use instead, where installed: Hugo on the same Markdown (HTML), pandoc on
#   each file (HTML, as many at once as cores), WeasyPrint on baogao's own report pages with
#   their print style sheet (PDF; on the first WEASY_REPORTS reports only, default 20).
# Writes a Markdown table per N to $BENCH_OUT/results-N.md and prints it.
#
#   bench/run.sh [N ...]            BENCH_OUT=/tmp/baogao-bench  WEASY_REPORTS=20  PAIRS=3
# Needs: Java 17, Maven, the fonts of the README, and GNU time; node and npm, hugo, pandoc and
# weasyprint optional (sudo apt-get install time nodejs npm hugo pandoc weasyprint poppler-utils).
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
out=${BENCH_OUT:-/tmp/baogao-bench}
weasy_n=${WEASY_REPORTS:-20}
pairs=${PAIRS:-3}
cores=$(nproc)
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 200 1000
mkdir -p "$out"
(cd "$here" && mvn -q -B -DskipTests package)
baogao="$here/baogao"
# the start-up archive for this jar, which the launcher makes before its first command: outside the timings
rm -rf "$out/warm-up" && java -cp "$here/target/baogao.jar" org.baogao.bench.GenerateCorpus 2 "$out/warm-up"
"$baogao" build -q --content "$out/warm-up/content" --templates "$here/templates" --fonts "$here/fonts" --out "$out/warm-up/site" >/dev/null 2>&1

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
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }
# report_pdfs SITE: the reports' PDFs, <path>/<name>/<name>.pdf (not the meetings' bound volumes)
report_pdfs() { find "$1" -name '*.pdf' | awk -F/ '$(NF-1) ".pdf" == $NF' | sort; }
pdf_pages() { local n=0 f; for f in "$@"; do n=$((n + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done; echo "$n"; }

# alternate LABEL_A LABEL_B LOG CMD_A... -- CMD_B...: PAIRS runs of each, A B A B; appends the
# medians of wall and CPU time and the largest RSS of each to $rows, labelled with the count
alternate() {
  local label_a=$1 label_b=$2 log=$3; shift 3
  local a=() b=() i
  while [ "$1" != -- ]; do a+=("$1"); shift; done; shift; b=("$@")
  local saved=$rows
  rows="$log.pairs" && : >"$rows"
  for i in $(seq "$pairs"); do
    measure A "$log.a$i" "${a[@]}"
    measure B "$log.b$i" "${b[@]}"
  done
  rows=$saved
  local side label
  for side in A B; do
    [ $side = A ] && label=$label_a || label=$label_b
    echo "$label, median of $pairs|$(awk -F'|' -v s=$side '$1 == s {print $2}' "$log.pairs" | median)|$(awk -F'|' -v s=$side '$1 == s {print $3}' "$log.pairs" | median)|$(awk -F'|' -v s=$side '$1 == s && $4 > m {m = $4} END {print m}' "$log.pairs")" >>"$rows"
  done
}

# Typst from the npm registry, at the version the lock file pins, once for all N
typst_node=""
if command -v node >/dev/null && command -v npm >/dev/null; then
  typst_node="$out/typst-node"
  if ! cmp -s "$here/bench/typst/package-lock.json" "$typst_node/package-lock.json" 2>/dev/null \
      || [ ! -d "$typst_node/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    rm -rf "$typst_node" && mkdir -p "$typst_node"
    cp "$here/bench/typst/package.json" "$here/bench/typst/package-lock.json" "$typst_node/"
    (cd "$typst_node" && npm ci --no-audit --no-fund --loglevel=error) >&2 || { echo "bench: npm could not install Typst; no Typst rows" >&2; typst_node=""; }
  fi
fi
# typst_pdf ROOT OUT LIST: compiles the .typ files of LIST (below ROOT) into OUT, $cores processes at once
typst_pdf() {
  local root=$1 dest=$2 list=$3 part pids=() status=0
  rm -rf "$dest" "$list.part."* && mkdir -p "$dest"
  split -n "r/$cores" -d "$list" "$list.part."
  for part in "$list.part."*; do
    node "$here/bench/typst/compile.js" "$typst_node/node_modules" "$root" "$root/fonts.list" "$dest" "@$part" &
    pids+=($!)
  done
  for part in "${pids[@]}"; do wait "$part" || status=1; done
  return $status
}
export -f typst_pdf
export here typst_node cores

for n in "$@"; do
  p="$out/n$n"
  rm -rf "$p" && mkdir -p "$p"
  cp -r "$here/templates" "$p/templates"
  java -cp "$here/target/baogao.jar" org.baogao.bench.GenerateCorpus "$n" "$p"
  rows="$p/rows" && : >"$rows"
  args=(--content "$p/content" --templates "$p/templates" --fonts "$here/fonts")
  echo "N = $n" >&2

  measure "baogao full build (HTML + PDF)" "$p/full.log" "$baogao" build -q --clean "${args[@]}" --out "$p/site"
  # counted in the PDFs: the build's summary is in the user's language and groups thousands ("1,516 pages")
  pages=$(pdf_pages $(report_pdfs "$p/site"))
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

  typst_pages=""
  if [ -n "$typst_node" ]; then
    # the same reports as Typst documents (untimed: Typst users write Typst), the same faces
    java -cp "$here/target/baogao.jar" org.baogao.bench.TypstCorpus "$p/content" "$p/typst" "$here/fonts" >"$p/typst-convert.log" 2>&1 \
      || { echo "bench: converting to Typst failed, see $p/typst-convert.log" >&2; exit 1; }
    cp "$here/bench/typst/page.typ" "$p/typst/"
    find "$p/typst" -name 'r*.typ' | sort >"$p/typst.list"
    typst_version=$(node -e "const {NodeCompiler} = require('$typst_node/node_modules/@myriaddreamin/typst-ts-node-compiler');
      const c = NodeCompiler.create(); const doc = c.compile({mainFileContent: '#metadata(str(sys.version)) <v>'}).result;
      console.log(c.query(doc, {selector: '<v>', field: 'value'})[0])")
    alternate "baogao full build (HTML + PDF)" "Typst $typst_version, PDF/A-2b, $cores processes" "$p/pair" \
      "$baogao" build -q --clean "${args[@]}" --out "$p/site-pairs" -- \
      bash -c 'typst_pdf "$0/typst" "$0/typst-pdf" "$0/typst.list"' "$p"
    typst_pages=$(awk '/^typst: .* pages$/ {s += $(NF-1)} END {print s+0}' "$p/pair.b$pairs")
    # a Typst run that stopped (an unknown font is a warning it stops at) has no pages: no ratio then
    [ "$typst_pages" -gt 0 ] || { echo "bench: Typst made no pages, see $p/pair.b$pairs; no Typst ratio" >&2; typst_pages=""; }
    # a cold start: the longest report alone, a fresh process each (baogao: a project of that one report, no cache)
    # (a report's PDF is <path>/<name>/<name>.pdf; the meetings' volumes under browse/ are not reports)
    longest=$(for f in $(report_pdfs "$p/site"); do echo "$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}') $f"; done | sort -n | tail -1)
    long_pages=${longest%% *}
    long_name=$(basename "${longest#* }" .pdf)
    long_md=$(find "$p/content" -name "$long_name.md")
    rm -rf "$p/one" && mkdir -p "$p/one/content" && cp "$long_md" "$p/one/content/"
    echo "$p/typst/${long_md#"$p/content/"}" | sed 's/\.md$/.typ/' >"$p/typst-one.list"
    alternate "baogao, one report of $long_pages pages alone, cold" "Typst, the same report alone, cold" "$p/cold" \
      "$baogao" build -q --clean --content "$p/one/content" --templates "$p/templates" --fonts "$here/fonts" --out "$p/one/site" -- \
      node "$here/bench/typst/compile.js" "$typst_node/node_modules" "$p/typst" "$p/typst/fonts.list" "$p/typst-one-pdf" "@$p/typst-one.list"
  fi

  html=$(find "$p/site" -name '*.html' -printf '%s\n' | awk '{s+=$1} END {print s}')
  pdf=$(report_pdfs "$p/site" | xargs stat -c %s | awk '{s+=$1} END {print s}')
  volumes=$(find "$p/site/browse" -name '*.pdf' 2>/dev/null | wc -l)
  vbytes=$(bytes "$p/site/browse" -name '*.pdf')
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
        "Typst 0"*) pps=$(awk -v p="$typst_pages" -v w="$wall" 'BEGIN {printf "%.1f", p / w}') ;;
      esac
      echo "| $label | $wall | $cpu | $rss | $pps |"
    done <"$rows"
    echo
    echo "Output: HTML $(awk -v b="$html" 'BEGIN {printf "%.1f MB", b/1048576}') ($(awk -v b="$html" -v n="$n" 'BEGIN {printf "%.1f KB", b/n/1024}') per report, listings included);" \
      "PDF $(awk -v b="$pdf" 'BEGIN {printf "%.1f MB", b/1048576}') ($(awk -v b="$pdf" -v p="$pages" 'BEGIN {printf "%.1f KB", b/p/1024}') per page);" \
      "the meetings' bound volumes $volumes, $(awk -v b="$vbytes" 'BEGIN {printf "%.1f MB", b/1048576}');" \
      "search index $(awk -v b="$index" 'BEGIN {printf "%.2f MB", b/1048576}') ($(awk -v b="$index" -v n="$n" 'BEGIN {printf "%.1f KB", b/n/1024}') per report);" \
      "build cache $(awk -v b="$cache" 'BEGIN {printf "%.1f MB", b/1048576}')."
    if [ -n "$typst_pages" ]; then
      # row LABEL-PREFIX FIELD: a field (2 wall, 3 CPU) of the first row whose label starts so
      row() { awk -F'|' -v l="$1" -v f="$2" 'index($1, l) == 1 {print $f; exit}' "$rows"; }
      bw=$(row "baogao full build (HTML + PDF), median" 2); bc=$(row "baogao full build (HTML + PDF), median" 3)
      tw=$(row "Typst 0" 2); tc=$(row "Typst 0" 3); hc=$(row "baogao HTML-only build" 3)
      echo "Typst made $typst_pages pages of the $n reports that baogao set on $pages pages."
      awk -v bw="$bw" -v bc="$bc" -v tw="$tw" -v tc="$tc" -v hc="$hc" -v bp="$pages" -v tp="$typst_pages" -v k="$pairs" 'BEGIN {
        printf "Against Typst, medians of %d alternating runs: CPU seconds per PDF page, baogao %.4f (the full build, HTML archive and search index included) or %.4f (less the HTML-only build'"'"'s CPU), Typst %.4f: %.1f× (%.1f×); wall %.2f s against %.2f s: %.1f×.\n",
          k, bc / bp, (bc - hc) / bp, tc / tp, (bc / bp) / (tc / tp), ((bc - hc) / bp) / (tc / tp), bw, tw, bw / tw }'
      cw=$(row "baogao, one report" 2); cc=$(row "baogao, one report" 3); ow=$(row "Typst, the same report" 2); oc=$(row "Typst, the same report" 3)
      awk -v cw="$cw" -v cc="$cc" -v ow="$ow" -v oc="$oc" -v lp="$long_pages" 'BEGIN {
        printf "Cold start, one report of %d pages alone: baogao %.2f s wall (%.2f CPU s), Typst %.2f s (%.2f CPU s): %.1f× the wall time.\n", lp, cw, cc, ow, oc, cw / ow }'
    fi
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
