#!/usr/bin/env bash
# Builds the tenants module's test classes and runs the scoring-engine JMH benchmark (issue #3) on one core.
# Usage: bench/scoring.sh   (add MVN_OFFLINE= to let Maven download missing dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_OFFLINE=${MVN_OFFLINE--o}
mvn -B -q $MVN_OFFLINE -pl tenants -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="tenants/target/test-classes:tenants/target/classes:$(cat tenants/target/bench-classpath.txt)"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi  # one core, as the target says
exec "${PIN[@]}" java -cp "$CP" gongkai.scoring.bench.ScoringBenchmark "$@"
