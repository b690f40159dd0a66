#!/usr/bin/env bash
# The cost of the meetings' bound volumes (汇编) in a full build (see BENCHMARKS.md): N generated
# reports (default 200), built with --clean and PDFs by this version with `volume: false` and with
# the volumes, and, when BASELINE_JAR names another build of baogao (with BASELINE_TEMPLATES), by
# that one too; the runs alternate ROUNDS times (default 2), so that a machine shared with other work
# weighs on each alike. Prints one line per run: label, wall s, CPU s (user + system), peak RSS MB.
#
#   bench/volumes.sh [N]     BENCH_OUT=/tmp/baogao-volumes  ROUNDS=2  BASELINE_JAR=  BASELINE_TEMPLATES=
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
n=${1:-200}
out=${BENCH_OUT:-/tmp/baogao-volumes}
rounds=${ROUNDS:-2}
. "$here/bench/lib.sh"
jar=$(bench_jar)
p="$out/n$n"
rm -rf "$p" && mkdir -p "$p"
java -cp "$jar" org.baogao.bench.GenerateCorpus "$n" "$p"
printf 'volume: false\n' >"$p/no-volumes.yml"
printf '# every setting at its default: volumes bound\n' >"$p/volumes.yml"

for r in $(seq 1 "$rounds"); do
  if [ -n "${BASELINE_JAR:-}" ]; then
    run "baseline jar" "$p/base-$r.log" java -jar "$BASELINE_JAR" build -q --clean --content "$p/content" \
      --templates "${BASELINE_TEMPLATES:?set BASELINE_TEMPLATES with BASELINE_JAR}" --out "$p/site-base" --fonts "$here/fonts"
  fi
  run "without volumes" "$p/without-$r.log" java -jar "$jar" build -q --clean --content "$p/content" \
    --templates "$here/templates" --config "$p/no-volumes.yml" --out "$p/site-without" --fonts "$here/fonts"
  run "with volumes" "$p/with-$r.log" java -jar "$jar" build -q --clean --content "$p/content" \
    --templates "$here/templates" --config "$p/volumes.yml" --out "$p/site-with" --fonts "$here/fonts"
done
volumes=$(find "$p/site-with/browse" -name '*.pdf' | wc -l)
vbytes=$(find "$p/site-with/browse" -name '*.pdf' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
pdfs=$(find "$p/site-with" -path "$p/site-with/browse" -prune -o -name '*.pdf' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
echo "volumes: $volumes, $vbytes bytes; the reports' PDFs: $pdfs bytes"
