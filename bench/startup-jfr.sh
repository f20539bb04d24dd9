#!/usr/bin/env bash
# Where a restart's main thread spends its time (issue #2): a first start on a fresh data directory (no recording),
# then a restart on it under JFR (settings=profile), dumped when /health/ready first answers 200, and the main
# thread's execution samples counted: all, and those with a frame of each part named below (a sample can count in
# several). JFR samples only threads running Java code, every 20 ms with settings=profile.
# Usage: bench/startup-jfr.sh   (run `mvn -B -DskipTests package` first; BENCH_JAR as in bench/startup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${GONGKAI_BENCH_PORT:-18084}
jar=${BENCH_JAR:-app/target/gongkai-launcher.jar}
data=$(mktemp -d /tmp/gongkai-jfr.XXXXXX)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT

start() {
  GONGKAI_DATA_DIR=$data GONGKAI_PORT=$port java "$@" -jar "$jar" >>"$data/server.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "server died; see $data/server.log" >&2; exit 1; }
    sleep 0.1
  done
}

start
kill $pid; wait $pid 2>/dev/null || true
began=$(date +%s.%N)
# JFR's options keep the server in the launcher's JVM, without a class-data archive (decision 020: HotSpot switches
# JFR off in a JVM that records one), so this profiles a restart without the archive.
start -XX:StartFlightRecording=filename="$data/restart.jfr",settings=profile
echo "restart ready after $(echo "$(date +%s.%N) - $began" | bc) s (under JFR)"
jcmd $pid JFR.dump filename="$data/restart.jfr" >/dev/null
jfr print --events jdk.ExecutionSample --stack-depth 64 "$data/restart.jfr" >"$data/samples.txt"
python3 - "$data/samples.txt" <<'PY'
import re, sys, collections
# (label, a frame containing this, unless it contains that)
parts = [("URLClassPath (the JDK's jar-by-jar search)", "jdk.internal.loader.URLClassPath", None),
         ("IndexedClassLoader", "gongkai.app.launch.IndexedClassLoader", None),
         ("java.util.zip (jar entries and reads)", "java.util.zip.", None),
         ("Payara's web application class loader", "org.glassfish.web.loader.WebappClassLoader", None),
         ("Payara's API class loader", "APIClassLoaderServiceImpl$APIClassLoader", None),
         ("Weld's beans.xml validation", "org.jboss.weld.xml.BeansXmlValidator", None),
         ("Weld", "org.jboss.weld.", None),
         ("Jersey", "org.glassfish.jersey.", None),
         ("EclipseLink", "org.eclipse.persistence.", None),
         ("HK2's class model (annotation scan)", "org.glassfish.hk2.classmodel.", None),
         ("Gongkai (not the launcher)", "gongkai.", "gongkai.app.launch.")]
counts = collections.Counter()
for event in open(sys.argv[1]).read().split("jdk.ExecutionSample {")[1:]:
    if 'sampledThread = "main"' not in event:
        continue
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    counts["all"] += 1
    for label, part, unless in parts:
        counts[label] += any(part in f and not (unless and unless in f) for f in frames)
print(f"main thread: {counts['all']} samples")
for label, _, _ in parts:
    print(f"  {counts[label]:5d}  {label}")
PY
