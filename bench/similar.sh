#!/usr/bin/env bash
# The similarity check (查重, `baogao similar`) on a generated archive (see BENCHMARKS.md): N
# reports (default 1000) with P planted copies (default N/4, half by the same author, half with
# changed punctuation, full-width digits or a line break; listed in plants.tsv). The whole check
# runs through the launcher (JVM start and its flags included), as `--json` to /dev/null and as
# `-q` (the summary only), alternating ROUNDS times (default 2) so that a machine shared with other
# work weighs on each alike; then SimilarAccuracy gives recall and precision by characters, on these
# plants and on plants of the sources' own text (--fresh). Prints one line per run: label, wall s,
# CPU s (user + system), peak RSS MB.
#
#   bench/similar.sh [N]     BENCH_OUT=/tmp/baogao-similar  ROUNDS=2  PLANTS=N/4
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
n=${1:-1000}
plants=${PLANTS:-$((n / 4))}
out=${BENCH_OUT:-/tmp/baogao-similar}
rounds=${ROUNDS:-2}
. "$here/bench/lib.sh"
jar=$(bench_jar)
p="$out/n$n"
fresh="$out/n$n-fresh"
rm -rf "$p" "$fresh" && mkdir -p "$p" "$fresh"
java -cp "$jar" org.baogao.bench.GenerateCorpus "$n" "$p" --plant "$plants"
java -cp "$jar" org.baogao.bench.GenerateCorpus "$n" "$fresh" --plant "$plants" --fresh

for r in $(seq 1 "$rounds"); do
  run --discard-output "similar --json, $n reports" "$p/json-$r.log" "$here/baogao" similar --json --content "$p/content"
  run --discard-output "similar -q, $n reports" "$p/quiet-$r.log" "$here/baogao" similar -q --content "$p/content"
done
tail -1 "$p/quiet-1.log"
echo "accuracy, plants of phrase-bank text:"
java -cp "$jar" org.baogao.bench.SimilarAccuracy "$p"
echo "accuracy, plants of the sources' own text (--fresh):"
java -cp "$jar" org.baogao.bench.SimilarAccuracy "$fresh"
