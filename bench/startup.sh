#!/usr/bin/env bash
# Times Iskra's start-up the way ./iskra starts it (extracted jar + JVM AOT cache, scripts/launch.sh),
# up to the pages a reader asks for first, not only the readiness probe: work put off until the
# first request would otherwise look like a faster start.
#   bench/startup.sh DATA_DIR [RUNS]
# DATA_DIR: a data directory (a corpus from bench/generate-corpus.sh, or an empty folder for an
# empty store; the first run then creates the database). RUNS: starts to time (default 5).
#
# Each run: launch on a free loopback port (-Xmx512m, demo off) → poll /actuator/health/readiness
# until 200 → GET / until 200 → GET the first article linked from the front page until 200 → note the
# RSS and the processor time used → SIGTERM and wait for the exit. Prints one line per run, then
# the median of each column.
# The server may write to DATA_DIR as it does in normal use (search index catch-up, migrations).
# A run whose start found the search index out of date (written by an earlier build, or far
# behind), and so rebuilt it beside the start, is named on standard error: not a normal start.
#
# Knobs (environment): WAIT_IDLE=1 (see below), XMX=512m, JAR=path/to/iskra.jar (default: target/iskra.jar, rebuilt like
# ./iskra does when the sources are newer), ISKRA_NO_AOT=1 to run the jar as it is, JVM_OPTS and
# ISKRA_ARGS for extra JVM options and extra settings (e.g. ISKRA_ARGS=--spring.jmx.enabled=true),
# LOG_DIR to keep each run's server log (default: a temporary folder, removed at the end).
set -euo pipefail

usage() {
  echo "usage: bench/startup.sh DATA_DIR [RUNS]" >&2
  echo "  DATA_DIR  a data directory (a corpus, or an empty folder for an empty store)" >&2
  echo "  RUNS      how many starts to time (default 5)" >&2
  echo "  env: XMX JAR ISKRA_NO_AOT JVM_OPTS ISKRA_ARGS LOG_DIR" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
[ -d "$1" ] || { echo "$1 is not a directory" >&2; usage; }
data_dir="$(cd "$1" && pwd)"
runs="${2:-5}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number, not '$runs'" >&2; usage; }
XMX="${XMX:-512m}"
command -v python3 >/dev/null 2>&1 || { echo "python3 is missing (apt-get install -y python3)" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
jar="$(bench_jar)" || exit 2
# shellcheck source=../scripts/launch.sh
source "$home/scripts/launch.sh"
read -r -a jvm_opts <<< "${JVM_OPTS:-}"
read -r -a extra_args <<< "${ISKRA_ARGS:-}"
iskra_prepare_launch "$jar" -Xmx"$XMX" "${jvm_opts[@]}"

tmp="$(mktemp -d /tmp/iskra-startup.XXXXXX)"
logs="${LOG_DIR:-$tmp}"
mkdir -p "$logs"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # asks the kernel for a port nobody holds on the loopback address
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The client side of one run, in one Python process so that polling costs the server next to no
# processor time (a curl every 10 ms would take a good part of one of this machine's 2 cores):
#   probe PORT LAUNCHED_NS PID → "READY_MS FRONT_MS ARTICLE_MS ARTICLE_PATH" (ARTICLE "-" when the
# front page links to none), each ms counted from LAUNCHED_NS to that page's first 200. Gives up when
# PID exits or after 120 s.
probe() {
  python3 - "$@" <<'PY'
import http.client, os, re, sys, time
port, launched, pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])

def alive():
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False

def first_200(path):
    last = "no answer"
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            connection.close()
            if response.status == 200:
                return (time.time_ns() - launched) // 1_000_000, body.decode("utf-8", "replace")
            last = str(response.status)
        except OSError as e:
            last = type(e).__name__
        if not alive():
            sys.exit(f"the server exited (last answer from {path}: {last})")
        if time.time_ns() - launched > 120e9:
            sys.exit(f"no 200 from {path} within 120 s (last: {last})")
        time.sleep(0.005)

ready, _ = first_200("/actuator/health/readiness")
front, page = first_200("/")
# The first teaser's headline (article/teaser.jte) links to an article page.
found = re.search(r'class="teaser__title"><a href="(/[^"]*)"', page)
if found:
    article, _ = first_200(found.group(1))
    print(ready, front, article, found.group(1))
else:
    print(ready, front, "-", "-")
PY
}

# Processor time the server has used, in ms: all threads, the main thread (the one that builds the
# application; its time hardly changes when the machine is busy, so it compares runs made at
# different loads) and the JIT compiler threads. From /proc/PID/task/*/stat fields 14 + 15 (user +
# system, in clock ticks) and each thread's name.
cpu_ms_of() {
  local pid="$1" hz t
  hz="$(getconf CLK_TCK)"
  for t in /proc/"$pid"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(cut -d')' -f2- "$t/stat" 2>/dev/null | awk '{ print $12 + $13 }')"
  done | awk -F'\t' -v hz="$hz" '
    { all += $2 }
    $1 == "java" && $2 > main { main = $2 }
    $1 ~ /CompilerThre/ { jit += $2 }
    END { printf "%d %d %d\n", all * 1000 / hz, main * 1000 / hz, jit * 1000 / hz }'
}

# The share of processor time left idle over one second, in percent (from /proc/stat).
idle_percent() {
  local a b
  a=($(head -1 /proc/stat))
  sleep 1
  b=($(head -1 /proc/stat))
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
  echo $(( total > 0 ? 100 * (b[4] - a[4]) / total : 0 ))
}

# Processor time the whole machine has been busy since boot, in ms (/proc/stat: all but idle and iowait).
busy_ms() { awk -v hz="$(getconf CLK_TCK)" 'NR == 1 { print int(($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz) }' /proc/stat; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

articles="?"
if [ -f "$data_dir/iskra.db" ] && command -v sqlite3 >/dev/null 2>&1; then
  articles="$(sqlite3 "file:$data_dir/iskra.db?mode=ro" 'SELECT COUNT(*) FROM articles' 2>/dev/null || echo '?')"
fi
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $data_dir ($articles articles)"
echo "jar: $jar ($(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?'), $(git -C "$home" status --porcelain 2>/dev/null | wc -l) paths changed)"
echo "launch: ${ISKRA_LAUNCH[*]} ${extra_args[*]}"
printf '%-6s %8s %8s %10s %6s %7s %6s %6s %5s %9s  %s\n' run ready_ms front_ms article_ms cpu_ms main_ms jit_ms rss_mb idle% others_ms article
: > "$tmp/rows"
for run in $(seq 1 "$runs"); do
  port="$(free_port)"
  base="http://127.0.0.1:$port"
  log="$logs/server-$run.log"
  # Starts timed on a busy machine are not start-up figures: with WAIT_IDLE=1 each run waits (up
  # to 10 minutes) until the machine is at least 90 % idle. The idle share is printed either way.
  idle="$(idle_percent)"
  if [ "${WAIT_IDLE:-0}" = 1 ]; then
    for _ in $(seq 1 600); do
      [ "$idle" -ge 90 ] && break
      idle="$(idle_percent)"
    done
  fi
  busy_before=$(busy_ms)
  launched=$(date +%s%N)
  "${ISKRA_LAUNCH[@]}" --iskra.data-dir="$data_dir" --server.port="$port" --server.address=127.0.0.1 \
    --iskra.demo.enabled=false --logging.level.root=warn --logging.level.org.iskra.search=info \
    "${extra_args[@]}" > "$log" 2>&1 &
  app_pid=$!
  read -r ready front article_ms article < <(probe "$port" "$launched" "$app_pid") || true
  if [ -z "${article:-}" ]; then
    tail -n 40 "$log" >&2
    exit 1
  fi
  [ "$article" = - ] && article=""
  rss_mb=$(( $(ps -o rss= -p "$app_pid" | tr -d ' ') / 1024 ))
  read -r cpu_ms main_ms jit_ms <<< "$(cpu_ms_of "$app_pid")"
  # What else ran meanwhile (other processes, this script's prober): small on an idle machine.
  others_ms=$(( $(busy_ms) - busy_before - cpu_ms ))
  printf '%-6s %8s %8s %10s %6s %7s %6s %6s %5s %9s  %s\n' "$run" "$ready" "$front" "$article_ms" "$cpu_ms" "$main_ms" \
    "$jit_ms" "$rss_mb" "$idle" "$others_ms" "${article:-no article linked from /}"
  echo "$ready $front $article_ms $cpu_ms $main_ms $jit_ms $rss_mb" >> "$tmp/rows"
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  # A store whose search index is out of date (written by an earlier build, or far behind) has it
  # rebuilt beside the start, and a start stopped this soon abandons the rebuild: every run would
  # measure a start plus a rebuild.
  if grep -q 'rebuilding it' "$log"; then
    echo "  run $run: the search index was being rebuilt beside this start, so it is not a normal start;" \
      "let a server finish the rebuild once (its log says \"Search index rebuilt\"), then measure." >&2
  fi
done
column() { cut -d' ' -f"$1" "$tmp/rows" | grep -v '^-$' | median; }
printf '%-6s %8s %8s %10s %6s %7s %6s %6s  %s\n' median "$(column 1)" "$(column 2)" "$(column 3)" "$(column 4)" \
  "$(column 5)" "$(column 6)" "$(column 7)" "(load average now $(cut -d' ' -f1-3 /proc/loadavg))"
