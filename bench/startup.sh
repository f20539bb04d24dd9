#!/usr/bin/env bash
# Start-up benchmark (issue #2): from launching the README's run command (build already done) to
# /health/ready = 200, the process's CPU per thread group until then (C2 and C1 compiler threads, main, Payara's
# executors, GC...; read from /proc/<pid>/task/*/stat, so Linux only), and its resident memory once ready (the
# server JVM's and the launcher JVM's together). Runs a
# first start on an empty data directory (initdb, migrations, demo data) and then restarts on the same directory.
# Usage: bench/startup.sh [runs]     (run `mvn -B -DskipTests package` first)
#   BENCH_JAVA_OPTS: JVM options; GONGKAI_STARTUP_JIT=default: without the launcher's compiler directives;
#   BENCH_JAR: another build's launcher (e.g. a copy of app/target, to compare two builds one after the other).
# First it times Payara Micro's own floor on this machine at this moment: the same Payara Micro jar deploying an
# empty WAR (an index.html), until that page answers (BENCH_FLOOR=0 skips it). This machine's speed moves by up to
# half within minutes; the floor is context for the run, not a calibration (it did not follow every slow moment:
# docs/benchmarks.md, start-up, 2026-12-03).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${GONGKAI_BENCH_PORT:-18080}
data=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
jar=${BENCH_JAR:-app/target/gongkai-launcher.jar}
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
hz=$(getconf CLK_TCK) # /proc's CPU times are in these ticks

# threads <pid>: CPU seconds per thread group (numbered threads summed under one name), then all threads.
threads() {
  for t in /proc/"$1"/task/*; do
    name=$(tr ' ' '_' <"$t/comm" 2>/dev/null) || continue
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    set -- ${stat##*) }
    echo "$name $(( ${12} + ${13} ))"
  done | awk -v hz="$hz" '{ n = $1; if (n !~ /^C[12]_/) sub(/[0-9#-]+$/, "", n); cpu[n] += $2; total += $2 }
    END { for (n in cpu) if (cpu[n] >= hz / 2) printf "    %7.1f s  %s\n", cpu[n] / hz, n;
          printf "    %7.1f s  all threads\n", total / hz }' \
    | sort -rn
}

measure() {
  local label=$1
  local start end pid rss cpu
  start=$(date +%s.%N)
  GONGKAI_DATA_DIR=$data GONGKAI_PORT=$port java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$data/bench-$label.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "server died; see $data/bench-$label.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  # The launcher runs the server in a JVM of its own (decision 020; the same JVM with GONGKAI_CLASS_DATA_ARCHIVE=false)
  server=$(pgrep -P $pid -f 'gongkai.process=server' || echo $pid)
  cpu=$(threads $server)
  [ "$server" = "$pid" ] || cpu="$cpu
    $(awk -v hz="$hz" '{printf "%7.1f s  the launcher JVM", ($14 + $15) / hz}' /proc/$pid/stat)"
  sleep 2
  rss=$(( $(ps -o rss= -p $server) + $([ "$server" = "$pid" ] && echo 0 || ps -o rss= -p $pid) ))
  printf '%-10s ready after %5.1f s   RSS %4d MiB   (load average %s); CPU until ready:\n%s\n' "$label" \
    "$(echo "$end - $start" | bc)" $((rss / 1024)) "$(cut -d' ' -f1-3 /proc/loadavg)" "$cpu"
  # (a server that recorded a class-data archive writes it before it stops: seconds, not timed; since decision 022
  # a start without JVM options maps the one `mvn package` made and records nothing)
  kill $pid; wait $pid 2>/dev/null || true
}

floor() {
  local dir start end pid
  dir=$(mktemp -d /tmp/gongkai-floor.XXXXXX)
  mkdir -p "$dir/app/WEB-INF" && echo ok >"$dir/app/index.html"
  start=$(date +%s.%N)
  java -jar "$(dirname "$jar")"/lib/payara-micro-*.jar --nohazelcast --port "$port" --deploy "$dir/app" \
    --contextroot / --rootdir "$dir/root" >"$dir/payara.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/index.html"; do
    kill -0 $pid 2>/dev/null || { echo "empty Payara Micro died; see $dir/payara.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  printf 'floor      empty WAR on Payara Micro ready after %5.1f s, CPU %5.1f s\n' "$(echo "$end - $start" | bc)" \
    "$(awk -v hz="$hz" '{print ($14 + $15) / hz}' /proc/$pid/stat)"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
}

[ "${BENCH_FLOOR:-1}" = 0 ] || floor
measure first-start
for i in $(seq 1 "$runs"); do measure "restart-$i"; done
rm -rf "$data"
