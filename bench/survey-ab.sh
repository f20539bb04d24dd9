#!/usr/bin/env bash
# Compares three ways of running the same build on the submission path (issue 5, decision 020), interleaved so that
# the machine's changes of speed fall on all three alike: the README's default on a fresh data directory (the server
# records the class-data archive, as the first run of a build does), the default on a data directory whose archive
# exists (a restart maps it), and one JVM without an archive (GONGKAI_CLASS_DATA_ARCHIVE=false). All three servers
# run at once (idle but for the one measured); each warms up with BENCH_WARMUP s of submissions (default 150), then
# BENCH_ROUNDS rounds (default 4), each measuring every server in a rotating order: GET /api/v1/status 10 s, then
# POST new responses 20 s (64 connections, bench/survey-submit.lua).
# Usage: bench/survey-ab.sh   (run `mvn -B -DskipTests package` first)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/survey-lib.sh
rounds=${BENCH_ROUNDS:-4}
warmup=${BENCH_WARMUP:-150}
slug=jinchang-demo
root=$(mktemp -d /tmp/gongkai-survey-ab.XXXXXX)
names=(recording mapped onejvm)
ports=(18101 18102 18103)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT

echo "mapped: a first start records the archive, stopped in order ..."
start_server "$root/mapped" 18102 "$root/mapped.log"
kill -TERM $server_pid
wait $server_pid || true
ls "$root"/mapped/class-data/*.jsa >/dev/null || { echo "no archive was kept" >&2; exit 1; }

for i in 0 1 2; do
  if [ "${names[$i]}" = onejvm ]; then
    GONGKAI_CLASS_DATA_ARCHIVE=false start_server "$root/${names[$i]}" "${ports[$i]}" "$root/${names[$i]}.log"
  else
    start_server "$root/${names[$i]}" "${ports[$i]}" "$root/${names[$i]}.log"
  fi
  pids+=("$server_pid")
done
units=$(unit_codes 18101 "$slug")

post() { # post <port> <seconds> <key prefix>: prints requests/s
  UNITS=$units SUBMIT_PATH=/api/v1/public/surveys/$slug/responses KEY_PREFIX=$3 \
    wrk -t2 -c64 -d"$2"s -s bench/survey-submit.lua "http://127.0.0.1:$1" | awk '/Requests\/sec/ {print $2}'
}
get() { # get <port> <seconds>: prints requests/s
  wrk -t2 -c64 -d"$2"s "http://127.0.0.1:$1/api/v1/status" | awk '/Requests\/sec/ {print $2}'
}

for i in 0 1 2; do
  echo "warm-up ${names[$i]} $warmup s ..."
  post "${ports[$i]}" "$warmup" "ab-warm-$i-$RANDOM" >/dev/null
  get "${ports[$i]}" 10 >/dev/null
done

echo "round variant GET/s POST/s (UTC)"
declare -A get_sum post_sum
for round in $(seq 1 "$rounds"); do
  for k in 0 1 2; do
    i=$(((k + round) % 3))
    g=$(get "${ports[$i]}" 10)
    p=$(post "${ports[$i]}" 20 "ab-$round-$i-$RANDOM")
    echo "$round ${names[$i]} $g $p ($(date -u +%H:%M:%S))"
    get_sum[${names[$i]}]=$(echo "${get_sum[${names[$i]}]:-0} + $g" | bc)
    post_sum[${names[$i]}]=$(echo "${post_sum[${names[$i]}]:-0} + $p" | bc)
  done
done
echo "means over $rounds rounds:"
for name in "${names[@]}"; do
  echo "$name GET $(echo "scale=0; ${get_sum[$name]} / $rounds" | bc)/s POST $(echo "scale=0; ${post_sum[$name]} / $rounds" | bc)/s"
done
