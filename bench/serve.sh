#!/usr/bin/env bash
# The preview server's warm path (see BENCHMARKS.md): for each N (default: 200 1000), starts the
# server on a generated corpus in the JVM the launcher uses, saves one report EDITS times (default
# 10, after 2 warm-up saves) and prints, from each write, the times to the reload event, to the
# page served with the change and to the PDF served with new bytes, and their medians.
#
#   bench/serve.sh [N ...]          SERVE_EDITS=10  BENCH_OUT=/tmp/baogao-serve-bench
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
out=${BENCH_OUT:-/tmp/baogao-serve-bench}
edits=${SERVE_EDITS:-10}
[ $# -gt 0 ] || set -- 200 1000
(cd "$here" && mvn -q -B -DskipTests package)
for n in "$@"; do
  # the launcher's JVM settings (see ./baogao), without its start-up archive: a server starts once
  (cd "$here" && java -Xss4m -Xmx720m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -cp target/baogao.jar org.baogao.bench.ServeBenchmark "$n" "$edits" "$out" "$here/fonts")
done
