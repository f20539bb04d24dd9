#!/usr/bin/env bash
# A quick look at submission and GET rates for comparing two ways of running the same build (issue 5), not the
# issue's benchmark (bench/survey-submit.sh: 150 s warm-up, durability checks): starts the server on a data directory,
# then three 30 s rounds of wrk POSTing new responses (64 connections, bench/survey-submit.lua) and one 10 s round of
# GET /api/v1/status, and stops it. The rounds show the JIT warming up; compare runs one after the other.
# Usage: bench/survey-quick.sh   (run `mvn -B -DskipTests package` first)
#   DATA=<dir> KEEPDATA=1: reuse a data directory (a restart); GONGKAI_CLASS_DATA_ARCHIVE=false: one JVM (decision 020)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/survey-lib.sh
data=${DATA:-/tmp/gongkai-survey-quick}
[ "${KEEPDATA:-0}" = 1 ] || rm -rf "$data"
mkdir -p "$data"
port=${GONGKAI_BENCH_PORT:-18081}
slug=jinchang-demo
start_server "$data" "$port" "$data/server.log"
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true' EXIT
units=$(unit_codes "$port" "$slug")
for round in 1 2 3; do
  UNITS=$units SUBMIT_PATH=/api/v1/public/surveys/$slug/responses KEY_PREFIX=quick-$round-$RANDOM \
    wrk -t2 -c64 -d30s -s bench/survey-submit.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|p99" \
    | tr '\n' ' '
  echo "(POST round $round)"
done
wrk -t2 -c64 -d10s "http://127.0.0.1:$port/api/v1/status" | grep -E "Requests/sec" | tr '\n' ' '
echo "(GET /api/v1/status)"
