#!/usr/bin/env bash
# Where start-up CPU goes (issue #2, decision 017): restarts the server on one data directory and, when
# /health/ready first answers 200, prints the wall time and the CPU seconds of the process per thread group
# (C2 and C1 compiler threads, main, Payara's executors, GC...), read from /proc/<pid>/task/*/stat.
# Usage: bench/startup-threads.sh [runs]   (run `mvn -B -DskipTests package` first; Linux only)
#   BENCH_JAVA_OPTS: JVM options; GONGKAI_STARTUP_JIT=default: without the launcher's compiler directives.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
port=${GONGKAI_BENCH_PORT:-18082}
data=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
jar=app/target/gongkai-launcher.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
trap 'rm -rf "$data"' EXIT

threads() {
  for t in /proc/"$1"/task/*; do
    name=$(tr ' ' '_' <"$t/comm" 2>/dev/null) || continue
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    set -- ${stat##*) }
    echo "$name $(( ${12} + ${13} ))"
  done | awk '{ n = $1; if (n !~ /^C[12]_/) sub(/[0-9#-]+$/, "", n); cpu[n] += $2; total += $2 }
    END { for (n in cpu) if (cpu[n] >= 50) printf "%7.1f s  %s\n", cpu[n] / 100, n; printf "%7.1f s  all threads\n", total / 100 }' \
    | sort -rn
}

for i in $(seq 0 "$runs"); do
  label=$([ "$i" = 0 ] && echo "first start" || echo "restart $i")
  start=$(date +%s.%N)
  GONGKAI_DATA_DIR=$data GONGKAI_PORT=$port java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$data/bench-$i.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "server died; see $data/bench-$i.log" >&2; trap - EXIT; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  printf '== %s: ready after %.1f s (load average %s); CPU until then:\n' "$label" "$(echo "$end - $start" | bc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  threads $pid
  kill $pid; wait $pid 2>/dev/null || true
done
