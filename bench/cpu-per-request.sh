#!/usr/bin/env bash
# CPU per request (issue 5): runs one wrk load against a running server and prints the requests/s, p99 and the CPU
# milliseconds per request spent by the server's Java process, by all PostgreSQL processes and by wrk itself
# (utime + stime from /proc before and after). Linux only.
# Usage: bench/cpu-per-request.sh <label> <wrk arguments...>
#   e.g. bench/cpu-per-request.sh status -t2 -c64 -d20s --latency http://127.0.0.1:18081/api/v1/status
#   submissions: UNITS=<codes> SUBMIT_PATH=/api/v1/public/surveys/<slug>/responses KEY_PREFIX=<any>
#                bench/cpu-per-request.sh post -t2 -c64 -d30s -s bench/survey-submit.lua http://127.0.0.1:18081
#   The server: GONGKAI_BENCH_PID (default: the one java process running gongkai-launcher.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
label=$1
shift
# the server's JVM: the one marked as such (decision 020), else the launcher's own (GONGKAI_CLASS_DATA_ARCHIVE=false)
jpid=${GONGKAI_BENCH_PID:-$(pgrep -f 'gongkai.process=server' || pgrep -f gongkai-launcher.jar)}
[ "$(echo "$jpid" | wc -w)" = 1 ] || { echo "one server expected, found: $jpid (set GONGKAI_BENCH_PID)" >&2; exit 1; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$((t + $(ticks "$p"))); done; echo $t; }
hz=$(getconf CLK_TCK)
j0=$(ticks "$jpid"); p0=$(postgres_ticks)
out=$(mktemp)
/usr/bin/time -f '%U %S' -o "$out.time" wrk "$@" >"$out"
j1=$(ticks "$jpid"); p1=$(postgres_ticks)
n=$(awk '/requests in/ {print $1}' "$out")
rps=$(awk '/Requests\/sec/ {print $2}' "$out")
p99=$(awk '/^ *99%/ {print $2} /^p99:/ {print $2 " " $3}' "$out")
printf '%s: %s requests/s, p99 %s, %s requests; CPU ms per request: java %.3f, postgres %.3f, wrk %.3f\n' \
  "$label" "$rps" "$p99" "$n" \
  "$(echo "($j1 - $j0) * 1000 / $hz / $n" | bc -l)" "$(echo "($p1 - $p0) * 1000 / $hz / $n" | bc -l)" \
  "$(awk -v n="$n" '{print ($1 + $2) * 1000 / n}' "$out.time")"
rm -f "$out" "$out.time"
