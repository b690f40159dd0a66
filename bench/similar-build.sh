#!/usr/bin/env bash
# What the archive's similarity check (查重: each report's panel, each meeting's table) costs a
# build (see BENCHMARKS.md): N generated reports (default 200), built without PDFs (the check's
# share of a build with PDFs is far smaller) with `similar: {archive: false}` and with the check,
# alternating ROUNDS times (default 2) so that a machine shared with other work weighs on each
# alike: a clean build; a build after one report changed (its fingerprints alone made again, the
# others' read from the cache); a build with nothing changed. The builds run through the launcher
# (JVM start and its flags included), as users run them. PDF=1 builds the PDFs too. Prints one
# line per run: label, wall s, CPU s (user + system), peak RSS MB.
#
#   bench/similar-build.sh [N]     BENCH_OUT=/tmp/baogao-similar-build  ROUNDS=2  PDF=
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
n=${1:-200}
out=${BENCH_OUT:-/tmp/baogao-similar-build}
rounds=${ROUNDS:-2}
. "$here/bench/lib.sh"
jar=$(bench_jar)
p="$out/n$n"
rm -rf "$p" && mkdir -p "$p"
java -cp "$jar" org.baogao.bench.GenerateCorpus "$n" "$p" >/dev/null
printf 'similar:\n  archive: false\n' >"$p/without.yml"
printf '# every setting at its default: the archive checked\n' >"$p/with.yml"
pdf=--no-pdf
[ -n "${PDF:-}" ] && pdf=
# the report that changes between builds: the first one, a sentence added at its end
changed=$(find "$p/content" -name '*.md' | sort | head -1)
cp "$changed" "$p/changed.orig"

build() { # LABEL CONFIG [OPTION...]
  local label=$1 config=$2; shift 2
  run "$label" "$p/$(echo "$label" | tr -c 'a-z0-9\n' '-')-$r.log" "$here/baogao" build -q $pdf "$@" --content "$p/content" \
    --templates "$here/templates" --config "$p/$config.yml" --out "$p/site-$config" --fonts "$here/fonts"
}

for r in $(seq 1 "$rounds"); do
  for c in without with; do build "clean, $c check" "$c" --clean; done
  for c in without with; do
    # each side sees the same change: the file as generated, then with one sentence more
    cp "$p/changed.orig" "$changed"
    build "warm-up, $c check" "$c" >/dev/null
    printf '\n对照检查发现的问题将逐项整改（第 %s 轮）。\n' "$r" >>"$changed"
    build "one report changed, $c check" "$c"
  done
  for c in without with; do build "nothing changed, $c check" "$c"; done
done
cp "$p/changed.orig" "$changed"
echo "reports with a panel: $(grep -l 'class="similar' -r "$p/site-with" --include=index.html | wc -l) of $n"
