#!/usr/bin/env bash
# Start-up benchmark (issue #2): from launching the README's run command (build already done) to
# /health/ready = 200, and the server's resident memory once ready. Runs a first start on an empty data
# directory (initdb, migrations, demo data) and then restarts on the same directory.
# Usage: bench/startup.sh [runs]     (run `mvn -B -DskipTests package` first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${GONGKAI_BENCH_PORT:-18080}
data=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
jar=app/target/gongkai-launcher.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

measure() {
  local label=$1
  local start end pid rss
  start=$(date +%s.%N)
  GONGKAI_DATA_DIR=$data GONGKAI_PORT=$port java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$data/bench-$label.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "server died; see $data/bench-$label.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  sleep 2
  rss=$(ps -o rss= -p $pid)
  printf '%-10s ready after %5.1f s   RSS %4d MiB   (load average %s)\n' "$label" \
    "$(echo "$end - $start" | bc)" $((rss / 1024)) "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true
}

measure first-start
for i in $(seq 1 "$runs"); do measure "restart-$i"; done
rm -rf "$data"
