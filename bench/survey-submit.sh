#!/usr/bin/env bash
# Public survey submissions (issue 5 targets): wrk POSTs new responses (own Idempotency-Key each) to the demo
# survey, and in the same run wrk GETs the trivial GET /api/v1/status of the same server (a JAX-RS resource that
# returns a constant JSON, through the same filters, security and JSON stack as the submissions; since 2026-12-03,
# before that /health/live, which Payara's health servlet answers at about a fifth of that rate and is still
# printed for comparison); then compares the stored
# responses with the 2xx answers. Durable commits: the launcher's embedded PostgreSQL keeps fsync and
# synchronous_commit on (GONGKAI_DB_DURABLE defaults to true).
# Usage: bench/survey-submit.sh [seconds] [connections]   (run `mvn -B -DskipTests package` first)
#   GONGKAI_BENCH_URL=http://127.0.0.1:8080 GONGKAI_BENCH_DATA=<its data dir>  uses a running server instead
#   (it must allow the load: GONGKAI_SURVEY_RATE_BURST / _PER_MINUTE high).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/survey-lib.sh
seconds=${1:-60}
connections=${2:-64}
slug=${GONGKAI_BENCH_SLUG:-jinchang-demo}
if [ -n "${GONGKAI_BENCH_URL:-}" ]; then
  url=$GONGKAI_BENCH_URL
  data=${GONGKAI_BENCH_DATA:?the data directory of the running server, for SQL}
  port=${url##*:}
else
  port=${GONGKAI_BENCH_PORT:-18081}
  data=$(mktemp -d /tmp/gongkai-survey-bench.XXXXXX)
  url=http://127.0.0.1:$port
  echo "starting the server on a fresh data directory $data ..."
  start_server "$data" "$port" "$data/server.log"
  trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$data"' EXIT
fi
units=$(unit_codes "$port" "$slug")
[ -n "$units" ] || { echo "survey $slug has no units at $url" >&2; exit 1; }
campaign_filter="campaign_id = (select id from campaign where slug = '$slug')"
prefix=bench-$(date +%s)

# A server runs for months: both endpoints are measured once the JIT has compiled the request paths. On two cores
# the C2 compiler still took a third of the server's CPU 40 s into the load and 9% after two minutes, so the
# submissions warm up 150 s (since 2026-12-03; BENCH_WARMUP=40 and =10 for the older figures).
warmup=${BENCH_WARMUP:-150}
echo "warm-up $warmup s ..."
UNITS=$units SUBMIT_PATH=/api/v1/public/surveys/$slug/responses KEY_PREFIX=$prefix-warm \
  wrk -t2 -c"$connections" -d"$warmup"s -s bench/survey-submit.lua "$url" >/dev/null
wrk -t2 -c"$connections" -d30s "$url/api/v1/status" >/dev/null
before=$(sql "$data" "select count(*) from survey_response where $campaign_filter")

echo "== trivial GET /api/v1/status, $connections connections, $((seconds / 2)) s =="
wrk -t2 -c"$connections" -d"$((seconds / 2))"s --latency "$url/api/v1/status" | tee /tmp/wrk-get.$$ \
  | grep -E 'Requests/sec|99%|Non-2xx|Socket errors'
echo "== (for comparison with the figures before 2026-12-03) GET /health/live, $connections connections, 10 s =="
wrk -t2 -c"$connections" -d10s --latency "$url/health/live" | tee /tmp/wrk-live.$$ | grep -E 'Requests/sec|99%'
echo "== POST responses, $connections connections, $seconds s =="
logs=$(mktemp -d /tmp/gongkai-survey-ids.XXXXXX)
OK_LOG=$logs UNITS=$units SUBMIT_PATH=/api/v1/public/surveys/$slug/responses KEY_PREFIX=$prefix \
  wrk -t2 -c"$connections" -d"$seconds"s -s bench/survey-submit.lua "$url" | tee /tmp/wrk-post.$$ \
  | grep -E 'Requests/sec|2xx|503|other|p50|p99|Socket errors'
sleep 1
after=$(sql "$data" "select count(*) from survey_response where $campaign_filter")
ok=$(grep '^2xx:' /tmp/wrk-post.$$ | awk '{print $2}')
get_rps=$(grep 'Requests/sec' /tmp/wrk-get.$$ | awk '{print $2}')
post_rps=$(grep 'Requests/sec' /tmp/wrk-post.$$ | awk '{print $2}')
stored=$((after - before))
echo "stored during the run: $stored; answered 2xx: $ok"
live_rps=$(grep 'Requests/sec' /tmp/wrk-live.$$ | awk '{print $2}')
echo "submissions/s relative to the trivial GET /api/v1/status: $(echo "scale=2; $post_rps / $get_rps" | bc) (target: at least 0.5)"
echo "(relative to /health/live, the comparison before 2026-12-03: $(echo "scale=2; $post_rps / $live_rps" | bc))"
echo "durability: $(sql "$data" "select 'fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit')")"
missing=$(missing_ids "$data" "$logs")
echo "2xx receipts not stored: $missing"
rm -rf /tmp/wrk-get.$$ /tmp/wrk-live.$$ /tmp/wrk-post.$$ "$logs"
# wrk stops at its deadline with up to one request per connection unanswered; the server may still store those.
if [ "$missing" != 0 ] || [ "$stored" -lt "$ok" ] || [ "$stored" -gt $((ok + connections)) ]; then
  echo "MISMATCH: stored $stored, 2xx $ok, 2xx not stored $missing" >&2; exit 1
fi
echo "OK: every 2xx is stored; $((stored - ok)) stored responses were still in flight when wrk stopped"
