# Sourced by run-local.sh, run-tests.sh and .ci/run: the build targets Java 25 (Lambda runtime java25), while a
# fresh machine's default java may be older. Keeps a JAVA_HOME that already is 25+, else picks an installed JDK 25.
java_feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_feature "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-arm64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_feature "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  echo "Java 25 is needed: install a JDK 25 (e.g. Temurin 25) or set JAVA_HOME to one." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's own Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
