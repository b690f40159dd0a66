# What the benchmarks share (sourced, not run): the check for GNU time, the jar built once, and
# the timed run that prints one line per run. Used by bench/similar.sh and bench/volumes.sh.
#
#   . "$here/bench/lib.sh"      (with $here the project folder)

[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }

# bench_jar: builds target/baogao.jar from the sources as they are, prints its path; BENCH_JAR
# names a jar already built instead (its lib/ beside it)
bench_jar() {
  if [ -n "${BENCH_JAR:-}" ]; then echo "$BENCH_JAR"; return; fi
  (cd "$here" && mvn -q -B -DskipTests package) >&2 || return 1
  echo "$here/target/baogao.jar"
}

# run [--discard-output] LABEL LOG CMD...: runs CMD under /usr/bin/time -v, its output and errors
# into LOG (with --discard-output its output is thrown away, as a command that writes megabytes
# of JSON needs), and prints "label | wall s | CPU s (user + system) | peak RSS MB".
run() {
  local discard=
  if [ "$1" = --discard-output ]; then discard=1; shift; fi
  local label=$1 log=$2; shift 2
  local status=0
  if [ -n "$discard" ]; then
    /usr/bin/time -v -o "$log.time" "$@" >/dev/null 2>"$log" || status=$?
  else
    /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || status=$?
  fi
  [ "$status" = 0 ] || { echo "bench: '$label' failed (status $status), see $log" >&2; tail -5 "$log" >&2; }
  awk -F': ' -v label="$label" '/Elapsed \(wall clock\)/ {n=split($2,t,":"); w=0; for(i=1;i<=n;i++) w=w*60+t[i]}
    /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {r=$2/1024}
    END {printf "%s | %.2f | %.2f | %.0f\n", label, w, u+s, r}' "$log.time"
}
