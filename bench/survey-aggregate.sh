#!/usr/bin/env bash
# Aggregating a campaign of 1,000,000 responses over 50 units (issue 5 target: under 2 s). Creates 50 units and a
# campaign `bench-1m` in the demo tenant jinchang over REST, seeds the responses with SQL (the triggers of V13 keep
# the running tallies as they do for the application's own writes; generate_series:
# correlated five-level answers, an optional 0-10 rating, 200,000 address hashes over 30 days; duplicate patterns
# flagged as the writer would), then times GET .../campaigns/bench-1m/results as jinchang-office.
# Usage: bench/survey-aggregate.sh [responses] [runs]   (run `mvn -B -DskipTests package` first)
#   GONGKAI_BENCH_URL=http://127.0.0.1:8080 GONGKAI_BENCH_DATA=<its data dir> uses a running demo server.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/survey-lib.sh
responses=${1:-1000000}
runs=${2:-5}
if [ -n "${GONGKAI_BENCH_URL:-}" ]; then
  url=$GONGKAI_BENCH_URL
  data=${GONGKAI_BENCH_DATA:?the data directory of the running server, for SQL}
else
  port=${GONGKAI_BENCH_PORT:-18083}
  data=$(mktemp -d /tmp/gongkai-survey-agg.XXXXXX)
  url=http://127.0.0.1:$port
  echo "starting the server on a fresh data directory $data ..."
  start_server "$data" "$port" "$data/server.log"
  trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$data"' EXIT
fi
auth=(-u jinchang-office:gongkai-demo -H 'Content-Type: application/json')
api=$url/api/v1/tenants/jinchang
units=()
for i in $(seq -w 0 49); do
  units+=("\"bench-u$i\"")
  curl -s -o /dev/null "${auth[@]}" -X POST "$api/units" \
    -d "{\"code\":\"bench-u$i\",\"kind\":\"DEPARTMENT\",\"names\":{\"zhHans\":\"评议基准单位$i\"}}"
done
unit_list=$(IFS=,; echo "${units[*]}")
curl -s -o /dev/null "${auth[@]}" -X POST "$api/campaigns" -d "{\"code\":\"bench-1m\",\"names\":{\"zhHans\":\"百万评议\"},
  \"unitCodes\":[$unit_list],\"opensAt\":\"2020-01-01T00:00:00\",\"closesAt\":\"2099-01-01T00:00:00\"}"
campaign="(select id from campaign where code = 'bench-1m' and tenant_id = (select id from tenant where code = 'jinchang'))"
# A response's score as the demo questionnaire's scoring model gives it (what the application stores with each
# response, ScoringModel#spreadScore): seven sections of weight 1; six hold one five-level question (100/80/60/40/0),
# the seventh a five-level question and an optional 0-10 rating (x 10), averaged.
P="('{100,80,60,40,0}'::float8[])"
SCORE="(($P[a.sc[1] + 1] + $P[a.sc[2] + 1] + $P[a.sc[3] + 1] + $P[a.sc[4] + 1] + $P[a.sc[5] + 1] + $P[a.sc[6] + 1]
        + case when a.sc[8] >= 0 then ($P[a.sc[7] + 1] + 10 * a.sc[8]) / 2 else $P[a.sc[7] + 1] end) / 7)"
existing=$(sql "$data" "select count(*) from survey_response where campaign_id = $campaign")
if [ "$existing" -lt "$responses" ]; then
  echo "seeding $((responses - existing)) responses ..."
  time sql "$data" "
    insert into survey_response (tenant_id, id, campaign_id, unit_id, mode, answers, scored, score, started_at,
                                 submitted_at, address_hash, flags)
    select a.tenant_id, gen_random_uuid(), a.campaign_id, a.unit_id, 'PUBLIC', '{}'::jsonb, a.sc, $SCORE,
           a.t - make_interval(secs => 20 + random() * 600), a.t,
           encode(sha256(floor(random() * 200000)::text::bytea), 'hex'), ''
    from (
      -- offset 0 keeps this a subquery of its own: random() once per row, the score computed from that row's answers
      select c.tenant_id, c.id as campaign_id, cu.unit_id, s.t,
             array[least(4, s.b + floor(random() * 3)::int), least(4, s.b + floor(random() * 3)::int),
                   least(4, s.b + floor(random() * 3)::int), least(4, s.b + floor(random() * 3)::int),
                   least(4, s.b + floor(random() * 3)::int), least(4, s.b + floor(random() * 3)::int),
                   least(4, s.b + floor(random() * 3)::int),
                   case when random() < 0.1 then -1 else floor(random() * 11)::int end] as sc
      from generate_series(1, $((responses - existing))) g
      cross join lateral (select floor(random() * 3)::int as b,
                                 now() - make_interval(secs => random() * 30 * 86400) as t, g % 50 as position) s
      join campaign c on c.id = $campaign
      join campaign_unit cu on cu.tenant_id = c.tenant_id and cu.campaign_id = c.id and cu.position = s.position
      offset 0) a"
  echo "flagging duplicate patterns as the writer would ..."
  sql "$data" "update survey_response r set flags = 'DUPLICATE_PATTERN' from (
      select unit_id, scored from survey_response where campaign_id = $campaign
      group by 1, 2 having count(*) > 1) d
    where r.campaign_id = $campaign and r.unit_id = d.unit_id and r.scored = d.scored and r.flags = ''
      and least(r.scored[1], r.scored[2], r.scored[3], r.scored[4], r.scored[5], r.scored[6], r.scored[7])
          <> greatest(r.scored[1], r.scored[2], r.scored[3], r.scored[4], r.scored[5], r.scored[6], r.scored[7])"
  sql "$data" "update survey_response set flags = 'STRAIGHT_LINING' where campaign_id = $campaign and flags = ''
      and least(scored[1], scored[2], scored[3], scored[4], scored[5], scored[6], scored[7])
          = greatest(scored[1], scored[2], scored[3], scored[4], scored[5], scored[6], scored[7])"
  sql "$data" "vacuum analyze survey_response"
fi
echo "$(sql "$data" "select count(*) || ' responses, ' || count(distinct unit_id) || ' units, ' || count(*) filter (where flags <> '') || ' flagged' from survey_response where campaign_id = $campaign")"
for run in $(seq 1 "$runs"); do
  curl -s -o /tmp/agg.$$ -w "run $run: HTTP %{http_code} in %{time_total} s\n" -u jinchang-office:gongkai-demo \
    "$api/campaigns/bench-1m/results"
done
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("results:", r["responses"], "responses;", len(r["units"]), "units; first:", r["units"][0]["allResponses"]["score"], r["units"][0]["allResponses"]["satisfactionRate"])' /tmp/agg.$$
rm -f /tmp/agg.$$
