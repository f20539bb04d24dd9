#!/usr/bin/env bash
# Issue #4 target: computing the preliminary results of a cycle of 500 units x 150 indicators and fetching the
# results table over HTTP, under 3 s end to end. Starts the launcher on a fresh data directory (no demo data),
# seeds through the REST API (bench/cycle-results.py) and times several rounds.
# Usage: bench/cycle-results.sh [rounds] [units] [indicators]     (run `mvn -B -DskipTests package` first)
#        GONGKAI_BENCH_URL=http://host:port GONGKAI_ADMIN_PASSWORD=... bench/cycle-results.sh   (a running server)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
units=${2:-500}
indicators=${3:-150}
if [ -n "${GONGKAI_BENCH_URL:-}" ]; then
  exec python3 bench/cycle-results.py "$GONGKAI_BENCH_URL" "$GONGKAI_ADMIN_PASSWORD" "$rounds" "$units" "$indicators"
fi
port=${GONGKAI_BENCH_PORT:-18081}
data=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
jar=app/target/gongkai-launcher.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
password=bench-admin-$RANDOM$RANDOM
GONGKAI_DATA_DIR=$data GONGKAI_PORT=$port GONGKAI_DEMO=false GONGKAI_ADMIN_PASSWORD=$password \
  java -jar "$jar" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "server died; see $data/server.log" >&2; exit 1; }
  sleep 0.5
done
python3 bench/cycle-results.py "http://127.0.0.1:$port" "$password" "$rounds" "$units" "$indicators"
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
