# Sourced by ./iskra and the bench scripts (after java-env.sh, which sets ISKRA_JAVA_MAJOR): runs the executable jar the way the
# JVM starts it fastest. The jar is extracted once per build (classes load from plain jars instead
# of jars nested in a jar); the server's context comes from the code Spring AOT generated at build
# time (-Dspring.aot.enabled=true; startup.BuildTimeContextGuard goes the ordinary way when a
# setting could have changed it, and commands never use it); and on Java 25 or later a training run
# that serves a few pages records an AOT cache (JEP 483, 514, 515: classes already parsed, linked
# and profiled) that every later start maps in. Together they take a start from about 10 s to about
# 3 s (front page served, 100,000 articles, 2 cores: docs/benchmarks.md, "Start-up (issue 9)").
#
#   iskra_prepare_launch JAR [JVM_OPTION…]
#       sets ISKRA_LAUNCH=(java [-XX:AOTCache=…] [-Dspring.aot.enabled=true] -Djdk.reflect.… JVM_OPTION…
#       -jar EXTRACTED_JAR)
#   iskra_for_command COMMAND
#       adds the JVM options COMMAND runs with (iskra_command_options) to ISKRA_LAUNCH
#
# The extracted copy and the cache live in JAR's folder under launch/ and are rebuilt whenever JAR
# changes. Anything that fails here falls back to running JAR as it is: slower, never broken.
# ISKRA_NO_AOT=1 runs JAR as it is (no cache, no generated context).
iskra_prepare_launch() {
  local jar="$1" dir stamp current training
  shift
  dir="$(cd "$(dirname "$jar")" && pwd)/launch"
  # The cache is made with the options of every launch: another JDK or other options, another cache.
  current="$(stat -c '%s %Y' "$jar") $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(iskra_reflection_options)"
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
    iskra_extract_sqlite "$dir" || rm -rf "$dir/native"
    iskra_sqlite_options "$dir"
    if [ "${ISKRA_JAVA_MAJOR:-0}" -ge 25 ]; then
      echo "Preparing the start-up cache for this build (once, about 30 s)…" >&2
      if ! iskra_train "$dir" "$dir/$(basename "$jar")" $(iskra_spring_aot "$dir/$(basename "$jar")") \
          $(iskra_reflection_options) "${ISKRA_SQLITE[@]}"; then
        echo "The start-up cache could not be made (see $dir/training.log); starting without it." >&2
        rm -f "$dir/iskra.aot"
      fi
    fi
    echo "$current" > "$stamp"
  fi
  exec 9>&- # the server must not inherit the lock
  ISKRA_LAUNCH=("$JAVA_HOME/bin/java")
  if [ -f "$dir/iskra.aot" ]; then
    ISKRA_LAUNCH+=(-XX:AOTCache="$dir/iskra.aot")
  fi
  iskra_sqlite_options "$dir"
  ISKRA_LAUNCH+=($(iskra_spring_aot "$dir/$(basename "$jar")") $(iskra_reflection_options) "${ISKRA_SQLITE[@]}" "$@" \
    -jar "$dir/$(basename "$jar")")
}

# iskra_reflection_options: prints the JVM options for reflection at start-up. The JDK answers
# Method.invoke and Constructor.newInstance with method handles, and spins a class for each new
# signature the first time (about 260 classes through the ClassFile API at every start: Spring
# making beans and binding settings). The JVM's native accessor costs no class and no compilation;
# each reflective call is slower, but Iskra makes few once started (a controller call per page not
# in the cache). A start to the front page took about 0.2 s less (100,000 articles, 6 pairs in
# turns) with pages and searches as fast (docs/benchmarks.md, "Start-up without method-handle
# reflection"). A JDK that no longer reads the property ignores it (LaunchScriptTests checks that
# this one does).
iskra_reflection_options() {
  echo -Djdk.reflect.useNativeAccessorOnly=true
}

# iskra_command_options COMMAND: prints the JVM options COMMAND runs with besides the caller's.
# export-static draws every page once, in seconds to minutes, and a third or more of its processor
# time went to compiling that code: with C2 inlining less, each compilation costs much less and the
# copy takes about a fifth less time (docs/benchmarks.md, "Less inlining for the static copy"). The
# server keeps the JVM's defaults: it runs for days, and its searches were slower that way.
iskra_command_options() {
  case "${1:-}" in
    export-static) echo -XX:MaxInlineLevel=4 -XX:MaxInlineSize=10 -XX:FreqInlineSize=30 -XX:InlineSmallCode=300 ;;
  esac
}

# iskra_for_command COMMAND: puts iskra_command_options COMMAND into ISKRA_LAUNCH, after java.
iskra_for_command() {
  local options
  read -r -a options <<< "$(iskra_command_options "${1:-}")"
  if [ "${#options[@]}" -gt 0 ]; then
    ISKRA_LAUNCH=("${ISKRA_LAUNCH[0]}" "${options[@]}" "${ISKRA_LAUNCH[@]:1}")
  fi
}

# iskra_extract_sqlite DIR: takes SQLite's native library for this machine out of the driver's jar
# in DIR/lib, once per build, into DIR/native. Otherwise the driver does it at every start: it
# copies the 1.1 MB library into the temporary folder under a new name, reads it back byte by byte
# to compare, lists the whole temporary folder to clean up, and leaves the copy behind whenever the
# process is killed (about a tenth of a start's main-thread time here).
iskra_extract_sqlite() {
  local dir="$1" driver folder
  driver="$(ls "$dir"/lib/sqlite-jdbc-*.jar 2>/dev/null | head -1)"
  [ -n "$driver" ] && [ -x "$JAVA_HOME/bin/jar" ] || return 1
  folder="$("$JAVA_HOME/bin/java" -cp "$driver" org.sqlite.util.OSInfo 2>/dev/null)" || return 1
  mkdir -p "$dir/native" &&
    (cd "$dir/native" && "$JAVA_HOME/bin/jar" xf "$driver" "org/sqlite/native/$folder/libsqlitejdbc.so") &&
    mv "$dir/native/org/sqlite/native/$folder/libsqlitejdbc.so" "$dir/native/libsqlitejdbc.so" &&
    rm -rf "$dir/native/org"
}

# iskra_sqlite_options DIR: sets ISKRA_SQLITE=(the driver's settings that load DIR/native's library
# and keep its temporary files there too), empty when it was not extracted: the driver then finds
# its own.
iskra_sqlite_options() {
  ISKRA_SQLITE=()
  if [ -f "$1/native/libsqlitejdbc.so" ]; then
    ISKRA_SQLITE=(-Dorg.sqlite.lib.path="$1/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so
      -Dorg.sqlite.tmpdir="$1/native")
  fi
}

# iskra_spring_aot JAR: prints -Dspring.aot.enabled=true when JAR holds the server's context as
# generated code (Spring AOT, made by the build: pom.xml process-aot), else nothing. The generated
# context is the server's: cli.IskraLauncher turns the flag off for commands, which build their own.
iskra_spring_aot() {
  if grep -q -a 'org/iskra/IskraApplication__ApplicationContextInitializer' "$1"; then
    echo -Dspring.aot.enabled=true
  fi
}

# iskra_train DIR JAR [JVM_OPTION…]: records DIR/iskra.aot from a training run of JAR that does what a real start
# does, serving included: the demo publication on an empty store in a temporary folder, on a
# loopback port, asked for the pages readers ask for first (front page, an article, its section,
# search, feed, a missing page; each a few times, so that the second asks are page-cache hits). The
# JVM writes the cache when the server exits on SIGTERM. A cache that stopped at the end of the
# context refresh (the way this script trained before) left the web server's start, the first
# requests and their profiles (JEP 515) to be learnt on every start. If the serving run fails (the
# port was taken, a page did not answer), the shorter run that stops after the refresh is recorded.
iskra_train() {
  local dir="$1" jar="$2" training pid port ready="" article="" section path round
  shift 2 # the rest: JVM options for both runs
  training="$(mktemp -d)"
  port=$(( 20000 + RANDOM % 30000 ))
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$dir/iskra.aot" "$@" -jar "$jar" --iskra.data-dir="$training" \
    --server.port="$port" --server.address=127.0.0.1 --logging.level.root=error > "$dir/training.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do # 180 s: the demo content is written before the server is ready
    kill -0 "$pid" 2>/dev/null || break
    if iskra_http_get "$port" /actuator/health/readiness | head -1 | grep -q ' 200 '; then
      ready=1
      break
    fi
    sleep 0.1
  done
  if [ -n "$ready" ]; then
    article="$(iskra_http_get "$port" / | grep -o 'class="teaser__title"><a href="/[^"]*"' \
      | sed -n '1s/^.*href="\(.*\)"$/\1/p')"
  fi
  if [ -n "$article" ]; then
    section="${article%/*}"
    for round in 1 2 3 4 5; do
      for path in /actuator/health/readiness / "$article" "$section" "$section?page=2" "/search?q=workers" \
          /feed.xml /sitemap.xml /no-such-page "/?round=$round"; do
        iskra_http_get "$port" "$path" > /dev/null
      done
    done
    # SIGTERM: a graceful stop, after which the JVM writes the cache (about 10 s).
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 1200); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null || wait "$pid" 2>/dev/null
    if ! kill -0 "$pid" 2>/dev/null && [ -s "$dir/iskra.aot" ]; then
      rm -rf "$training"
      return 0
    fi
  fi
  echo "The serving training run failed; recording the start only." >> "$dir/training.log"
  kill -9 "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$training" "$dir/iskra.aot"
  training="$(mktemp -d)"
  # An empty store, no demo: exits before it starts serving or scheduling.
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$dir/iskra.aot" "$@" -Dspring.context.exit=onRefresh \
    -jar "$jar" --iskra.data-dir="$training" --iskra.demo.enabled=false \
    --logging.level.root=error >> "$dir/training.log" 2>&1
  local status=$?
  rm -rf "$training"
  return $status
}

# iskra_http_get PORT PATH: the whole HTTP response from 127.0.0.1:PORT, with nothing but bash
# (curl may be missing where ./iskra runs); empty when nothing answers within 30 s.
iskra_http_get() {
  (
    exec 3<> "/dev/tcp/127.0.0.1/$1" || exit 0
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
    timeout 30 cat <&3
  ) 2>/dev/null
}
