# Sourced by the bench scripts: finds Java, moves to the checkout, and says which jar to measure.
#   jar="$(bench_jar)" || exit 2
# prints the absolute path of $JAR when it is set, else of target/iskra.jar, built first (the same
# rule as ./iskra) when it is missing or older than the sources.
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/java-env.sh
source "$home/scripts/java-env.sh"
cd "$home"

bench_jar() {
  if [ -n "${JAR:-}" ]; then
    [ -f "$JAR" ] || { echo "JAR=$JAR is not a file" >&2; return 2; }
    echo "$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
    return 0
  fi
  if [ ! -f target/iskra.jar ] || [ -n "$(find src/main pom.xml -newer target/iskra.jar -print -quit)" ]; then
    echo "Building target/iskra.jar (missing or older than the sources)…" >&2
    mvn -q -B -DskipTests package >&2 || return 2
  fi
  echo "$home/target/iskra.jar"
}
