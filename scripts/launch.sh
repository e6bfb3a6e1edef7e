# Sourced by ./iskra and the bench scripts (after java-env.sh, which sets ISKRA_JAVA_MAJOR): runs the executable jar the way the
# JVM starts it fastest. The jar is extracted once per build (classes load from plain jars instead
# of jars nested in a jar), and on Java 25 or later a training run records an AOT cache (JEP 483,
# 514, 515: classes already parsed, linked and profiled) that every later start maps in. Together
# they take start-up from about 10 s to about 4 s on a 2-core machine (docs/benchmarks.md).
#
#   iskra_prepare_launch JAR [JVM_OPTION…]
#       sets ISKRA_LAUNCH=(java [-XX:AOTCache=…] JVM_OPTION… -jar EXTRACTED_JAR)
#
# The extracted copy and the cache live in JAR's folder under launch/ and are rebuilt whenever JAR
# changes. Anything that fails here falls back to running JAR as it is: slower, never broken.
iskra_prepare_launch() {
  local jar="$1" dir stamp current training
  shift
  dir="$(cd "$(dirname "$jar")" && pwd)/launch"
  current="$(stat -c '%s %Y' "$jar") $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  stamp="$dir/.built-from"
  ISKRA_LAUNCH=("$JAVA_HOME/bin/java" "$@" -jar "$jar")
  if [ "${ISKRA_NO_AOT:-}" = 1 ]; then
    return 0
  fi
  mkdir -p "$(dirname "$dir")"
  exec 9> "$dir.lock" # two starts at once prepare once
  flock 9
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$current" ]; then
    rm -rf "$dir"
    if ! "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null 2>&1; then
      echo "Could not extract $jar; running it as it is (slower start)." >&2
      rm -rf "$dir"
      exec 9>&- # the server must not inherit the lock
      return 0
    fi
    if [ "${ISKRA_JAVA_MAJOR:-0}" -ge 25 ]; then
      echo "Preparing the start-up cache for this build (once, about 20 s)…" >&2
      training="$(mktemp -d)"
      # An empty store, no demo: the training run only builds the application and exits before
      # it starts serving or scheduling (spring.context.exit=onRefresh).
      if ! "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$dir/iskra.aot" -Dspring.context.exit=onRefresh \
          -jar "$dir/$(basename "$jar")" --iskra.data-dir="$training" --iskra.demo.enabled=false \
          --logging.level.root=error > "$dir/training.log" 2>&1; then
        echo "The start-up cache could not be made (see $dir/training.log); starting without it." >&2
        rm -f "$dir/iskra.aot"
      fi
      rm -rf "$training"
    fi
    echo "$current" > "$stamp"
  fi
  exec 9>&- # the server must not inherit the lock
  ISKRA_LAUNCH=("$JAVA_HOME/bin/java")
  if [ -f "$dir/iskra.aot" ]; then
    ISKRA_LAUNCH+=(-XX:AOTCache="$dir/iskra.aot")
  fi
  ISKRA_LAUNCH+=("$@" -jar "$dir/$(basename "$jar")")
}
