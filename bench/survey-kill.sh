#!/usr/bin/env bash
# Durability of public submissions under load (issue 5): wrk POSTs responses and logs the receipt id of every 2xx
# answer; in the middle of the load the server is killed with kill -9 (the Java process and its embedded
# PostgreSQL with all its processes: nothing shuts down cleanly), restarted on the same data directory, and every
# logged receipt must be stored. Repeats for [rounds].
# Usage: bench/survey-kill.sh [rounds] [connections]   (run `mvn -B -DskipTests package` first)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/survey-lib.sh
rounds=${1:-2}
connections=${2:-64}
slug=jinchang-demo
port=${GONGKAI_BENCH_PORT:-18082}
data=$(mktemp -d /tmp/gongkai-survey-kill.XXXXXX)
logs=$data/ok
mkdir -p "$logs"
url=http://127.0.0.1:$port
cleanup() { kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$data"; }
echo "data directory $data"
start_server "$data" "$port" "$data/server.log"
trap cleanup EXIT
units=$(unit_codes "$port" "$slug")

kill_everything() {
  local pg
  pg=$(head -1 "$data/postgres/postmaster.pid")
  local children
  children=$(ps -o pid= --ppid "$pg" || true)
  # the launcher's JVM and the server's (decision 020), PostgreSQL's postmaster and its processes, all at once
  kill -9 "$server_pid" $(pgrep -P "$server_pid" || true) "$pg" $children 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}

for round in $(seq 1 "$rounds"); do
  OK_LOG=$logs UNITS=$units SUBMIT_PATH=/api/v1/public/surveys/$slug/responses KEY_PREFIX=kill-$round \
    wrk -t2 -c"$connections" -d25s -s bench/survey-submit.lua "$url" >"$data/wrk-$round.txt" 2>&1 &
  wrk_pid=$!
  sleep $((8 + RANDOM % 5))
  echo "round $round: kill -9 of the server and its database under load ($(cat "$logs"/ok-*.log | wc -l) receipts so far)"
  kill_everything
  wait $wrk_pid || true
  start_server "$data" "$port" "$data/server.log"
  answered=$(cat "$logs"/ok-*.log | wc -l)
  missing=$(missing_ids "$data" "$logs")
  echo "round $round: restarted; 2xx receipts logged so far: $answered, not stored: $missing"
  if [ "$missing" != 0 ]; then echo "LOST RESPONSES" >&2; exit 1; fi
done
echo "OK: no response answered 2xx was lost over $rounds kill -9"
