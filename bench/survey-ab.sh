#!/usr/bin/env bash
# Compares three ways of running the same build on the submission path (issue 5, decisions 020 and 022), interleaved
# so that the machine's changes of speed fall on all three alike: a server recording its class-data archive (a JVM
# option the build's training run did not have, -Dgongkai.bench.variant=recording, gives it an archive of its own to
# record, as a first run without the build's archive does), the README's default (it maps the archive `mvn package`
# made), and one JVM without an archive (GONGKAI_CLASS_DATA_ARCHIVE=false). All three servers
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

ls app/target/class-data/*.jsa >/dev/null || { echo "no archive from the build (decision 022)" >&2; exit 1; }

for i in 0 1 2; do
  case ${names[$i]} in
    recording) BENCH_JAVA_OPTS="-Dgongkai.bench.variant=recording ${BENCH_JAVA_OPTS:-}" \
                 start_server "$root/${names[$i]}" "${ports[$i]}" "$root/${names[$i]}.log" ;;
    mapped) start_server "$root/${names[$i]}" "${ports[$i]}" "$root/${names[$i]}.log" ;;
    onejvm) GONGKAI_CLASS_DATA_ARCHIVE=false start_server "$root/${names[$i]}" "${ports[$i]}" "$root/${names[$i]}.log" ;;
  esac
  pids+=("$server_pid")
done
# each server's command line says which archive it got
for i in 0 1 2; do
  echo "${names[$i]}: $(pgrep -P "${pids[$i]}" -f gongkai.process=server | xargs -r ps -o args= -p \
    | grep -o -E -- '-XX:(SharedArchiveFile|ArchiveClassesAtExit)=[^ ]*' || echo 'no archive')"
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
