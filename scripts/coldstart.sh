#!/usr/bin/env bash
# The cold-start benchmark (prints figures; not a test): the real functions artifact under the open-source Lambda
# runtime interface client, one fresh JVM per run pinned to one CPU, against a mock Runtime API and the local
# runner's emulators. Usage: scripts/coldstart.sh [RUNS (15)] [CPU (0)] [BEFORE_JAR]. Takes a few minutes; run it on a
# quiet machine. BEFORE_JAR: the functions.jar of an earlier commit, run alongside for ratios within one run. RUNS 0:
# the warm comparison alone.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
command -v taskset >/dev/null || { echo "coldstart: taskset (util-linux) is needed to pin the JVMs to one CPU" >&2; exit 1; }
out=local/target/coldstart
mkdir -p "$out"
offline=-o; [[ -d ~/.m2/repository/com/amazonaws/aws-lambda-java-runtime-interface-client/2.10.1 ]] || offline=
mvn -B $offline -q -pl local -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt" -Dmdep.includeScope=test
rm -rf "$out/ric" "$out/task" "$out/task-dynamodb" "$out/task-before"
mvn -B $offline -q -f scripts/coldstart/ric-pom.xml dependency:copy-dependencies -DoutputDirectory="$PWD/$out/ric"
# the task root, as Lambda unzips the artifact into /var/task; plus the benchmark's floor and warm probe
mkdir -p "$out/task"
(cd "$out/task" && unzip -q ../../../../functions/target/functions.jar)
bench=fr/interconnectes/candidatures/local/bench
mkdir -p "$out/task/$bench"
cp local/target/test-classes/$bench/EmptyHandler.class local/target/test-classes/$bench/WarmProbe.class "$out/task/$bench/"
# the packaging question: the same root without what DynamoDB-only functions never use
cp -al "$out/task" "$out/task-dynamodb"
rm -rf "$out/task-dynamodb/software/amazon/awssdk/services/s3" "$out/task-dynamodb/software/amazon/awssdk/services/sesv2" \
  "$out/task-dynamodb/com/github/mustachejava" "$out/task-dynamodb/org/apache/commons/csv" "$out/task-dynamodb/net/fortuna"
du -sk "$out/task"; du -sk "$out/task-dynamodb"
before=()
if [[ -n "${3:-}" ]]; then
  jar=$(realpath "$3")
  rm -rf "$out/task-before" && mkdir -p "$out/task-before" && (cd "$out/task-before" && unzip -q "$jar")
  before=("$PWD/$out/task-before")
fi
uptime
java ${COLDSTART_OPTS:-} -cp "local/target/test-classes:local/target/classes:$(cat "$out/classpath.txt")" \
  fr.interconnectes.candidatures.local.bench.ColdStartBenchmark "$PWD/$out/task" "$PWD/$out/ric/*" "${1:-15}" "${2:-0}" "$PWD/$out/task-dynamodb" "${before[@]}"
uptime
rm -f /tmp/.libaws-lambda-jni.so
