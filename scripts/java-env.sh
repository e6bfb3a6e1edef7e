# Sourced by ./iskra, ./run-tests and .ci/run: finds a Java 21+ JDK (Temurin 25 preferred) so that
# nobody has to set JAVA_HOME by hand, and quiets Maven's own warnings on new JDKs.
iskra_find_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk* \
                   /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* /usr/lib/jvm/temurin-21-jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export ISKRA_JAVA_MAJOR="${version%%.*}"
      return 0
    fi
  done
  echo "Iskra needs a Java 21 or newer JDK (Temurin 25 recommended); none was found in JAVA_HOME or /usr/lib/jvm." >&2
  return 1
}
iskra_find_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
