# Sourced by the bench scripts: finds Java, moves to the checkout, says which jar to measure, and
# stops what a script started (stop_pid).
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

# bench_launch NAME [JVM_OPTION…]: copies the jar to measure (bench_jar) into a new folder
# /tmp/NAME.XXXXXX, $tmp, removed on exit (a rebuild during the run must not pull the jar from under
# the JVM), and sets ISKRA_LAUNCH to run it as ./iskra does (scripts/launch.sh: extracted to
# $tmp/launch, start-up cache trained once).
bench_launch() {
  local name="$1" jar
  shift
  jar="$(bench_jar)" || exit 2
  tmp="$(mktemp -d "/tmp/$name.XXXXXX")"
  cp "$jar" "$tmp/iskra.jar"
  trap 'rm -rf "$tmp"' EXIT
  # shellcheck source=../scripts/launch.sh
  source "$home/scripts/launch.sh"
  iskra_prepare_launch "$tmp/iskra.jar" "$@"
}

# stop_pid PID [NAME]: SIGTERM (a graceful stop), then SIGKILL after 15 s, saying so when NAME is given.
stop_pid() {
  local pid="$1" name="${2:-}"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.5
  done
  [ -n "$name" ] && echo "$name (pid $pid) did not stop in 15 s; killing it" >&2
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
