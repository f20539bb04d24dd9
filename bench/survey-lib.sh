# Shared by bench/survey-*.sh: start the launcher on a data directory, wait for it, run SQL as the owner.
jar=app/target/gongkai-launcher.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

# start_server <data dir> <port> <log>: starts in the background, sets $server_pid, waits for /health/ready.
start_server() {
  local data=$1 port=$2 log=$3
  GONGKAI_DATA_DIR=$data GONGKAI_PORT=$port \
    GONGKAI_SURVEY_RATE_BURST=${GONGKAI_SURVEY_RATE_BURST:-100000000} \
    GONGKAI_SURVEY_RATE_PER_MINUTE=${GONGKAI_SURVEY_RATE_PER_MINUTE:-100000000} \
    java ${BENCH_JAVA_OPTS:-} -jar "$jar" ${BENCH_ARGS:-} >>"$log" 2>&1 &
  server_pid=$!
  local waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
    kill -0 $server_pid 2>/dev/null || { echo "server died; see $log" >&2; exit 1; }
    waited=$((waited + 1))
    if [ $waited -gt $((5 * ${BENCH_START_TIMEOUT:-900})) ]; then
      echo "not ready: $(curl -s "http://127.0.0.1:$port/health/ready")" >&2; exit 1
    fi
    sleep 0.2
  done
}

# sql <data dir> <statement>: runs as the database owner (sees every tenant), unaligned output.
sql() {
  psql -X -q -At -h 127.0.0.1 -p "$(cat "$1/postgres.port")" -U postgres -d gongkai -c "$2"
}

# unit_codes <port> <slug>: the survey's unit codes, comma-separated.
unit_codes() {
  curl -s "http://127.0.0.1:$1/api/v1/public/surveys/$2" \
    | python3 -c 'import json,sys; print(",".join(u["code"] for u in json.load(sys.stdin)["units"]))'
}

# missing_ids <data dir> <log dir>: how many receipt ids logged by survey-submit.lua (OK_LOG) are not stored.
missing_ids() {
  cat "$2"/ok-*.log 2>/dev/null | grep -E '^[0-9a-f-]{36}$' | sort -u >"$2/ids"
  psql -X -q -At -h 127.0.0.1 -p "$(cat "$1/postgres.port")" -U postgres -d gongkai <<SQL
create temp table ok_ids (id uuid);
\copy ok_ids from '$2/ids'
select count(*) from ok_ids k where not exists (select 1 from survey_response r where r.id = k.id);
SQL
}
