#!/usr/bin/env bash
# Load-tests the public pages of Iskra on a generated corpus, with nginx serving a saved copy of the
# article page as the ceiling of this machine.
#   bench/run.sh DATA_DIR [LABEL]
# DATA_DIR holds a corpus (bench/generate-corpus.sh N DATA_DIR). LABEL names the results folder
# (default: the data directory's name). Raw wrk output and a summary go to bench/results/LABEL-TIME/.
#
# Steps: build the search index if the corpus has none (`iskra reindex`, timed) → start Iskra the way
# ./iskra does (extracted jar + AOT cache, scripts/launch.sh) on 127.0.0.1:18080 (-Xmx512m, demo
# off), timing launch → ready → find a real article URL on /americas → warm up all pages together →
# for each page (front, section, section page 50, article, search, RSS; and searches never asked
# before, which the search answer cache cannot help) `wrk --latency -t2 -c32` and
# `-t1 -c1`, asking for gzip as browsers do; the article also without gzip → note the server's RSS and
# heap → stop the server → nginx serves the saved article (and its .gz with gzip_static) on
# 127.0.0.1:18081, same wrk commands → print a table. Everything it starts is stopped on exit.
# Takes about 6 minutes with the default durations.
#
# Knobs (environment): WARMUP_SECONDS=10 LOAD_SECONDS=20 SOLO_SECONDS=10 PORT=18080 NGINX_PORT=18081
# XMX=512m JVM_OPTS (extra JVM options) SEARCH=strike (the search checked and warmed up), JAR=path/to/iskra.jar to measure a given build (default:
# target/iskra.jar, rebuilt like ./iskra does when the sources are newer; a shared worktree may then
# hold someone's unfinished work), ISKRA_NO_AOT=1 to run the jar as it is.
set -euo pipefail

usage() {
  echo "usage: bench/run.sh DATA_DIR [LABEL]" >&2
  echo "  DATA_DIR  a data directory with a corpus (make one with bench/generate-corpus.sh N DATA_DIR)" >&2
  echo "  LABEL     name for the results folder under bench/results/ (default: DATA_DIR's name)" >&2
  echo "  needs wrk, nginx and curl; env: WARMUP_SECONDS LOAD_SECONDS SOLO_SECONDS PORT NGINX_PORT XMX JVM_OPTS SEARCH JAR" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
[ -f "$1/iskra.db" ] || { echo "no corpus in $1 (expected $1/iskra.db)" >&2; usage; }
data_dir="$(cd "$1" && pwd)"
label="${2:-$(basename "$data_dir")}"

WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
LOAD_SECONDS="${LOAD_SECONDS:-20}"
SOLO_SECONDS="${SOLO_SECONDS:-10}"
PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
XMX="${XMX:-512m}"
SEARCH="${SEARCH:-strike}"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
jar="$(bench_jar)" || exit 2

results="$home/bench/results/$label-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"
tmp="$(mktemp -d /tmp/iskra-bench.XXXXXX)"
chmod 755 "$tmp" # nginx workers run as nobody and must read the page
app_pid=""
nginx_pid=""


cleanup() {
  stop_pid "$app_pid" "iskra"
  stop_pid "$nginx_pid" "nginx"
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null; } # anything listening, even if it never answers
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$1" || echo "000"; }

for p in "$PORT" "$NGINX_PORT"; do
  if port_busy "$p"; then
    echo "something already answers on 127.0.0.1:$p; stop it or set PORT/NGINX_PORT" >&2
    exit 1
  fi
done

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  lscpu | grep 'Model name' || true
  free -m | sed -n 2p
  "$JAVA_HOME/bin/java" -version 2>&1 | head -1
  wrk -v 2>&1 | head -1 || true
  nginx -v 2>&1
  if command -v sqlite3 >/dev/null 2>&1; then
    echo "articles: $(sqlite3 "file:$data_dir/iskra.db?mode=ro" 'SELECT COUNT(*) FROM articles')"
  fi
  echo "db size: $(du -sh "$data_dir" | cut -f1)"
  echo "worktree: commit $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "($(git -C "$home" status --porcelain 2>/dev/null | wc -l) paths changed)${JAR:+; the jar measured was given with JAR=}"
  echo "jar: $jar built $(date -u -r "$jar" +%Y-%m-%dT%H:%M:%SZ), sha256 $(sha256sum "$jar" | cut -c1-16)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "busiest processes before (top, 1 s sample):"
  { top -b -n 2 -d 1 -w 120 2>/dev/null || true; } | awk '/^top -/ {n++} n == 2' | sed -n '7,12p'
} > "$results/machine.txt"
cat "$results/machine.txt"

# --- the application ------------------------------------------------------------------------------
base="http://127.0.0.1:$PORT"
# shellcheck source=../scripts/launch.sh
source "$home/scripts/launch.sh"
# The extracted copy and its cache sit next to the jar (target/launch/), as ./iskra makes them.
read -r -a jvm_opts <<< "${JVM_OPTS:-}"
iskra_prepare_launch "$jar" -Xmx"$XMX" "${jvm_opts[@]}"
echo "launch: ${ISKRA_LAUNCH[*]}" >> "$results/machine.txt"
if [ ! -d "$data_dir/search" ]; then
  echo "The corpus has no search index yet: building it (iskra reindex)"
  index_started=$(date +%s%N)
  "${ISKRA_LAUNCH[@]}" reindex --iskra.data-dir="$data_dir" --logging.level.root=warn > "$results/reindex.log" 2>&1 \
    || { echo "iskra reindex failed:" >&2; tail -n 20 "$results/reindex.log" >&2; exit 1; }
  echo "search index built in $(( ($(date +%s%N) - index_started) / 1000000 )) ms" | tee -a "$results/machine.txt"
fi
echo "Starting Iskra on $base with $data_dir (log: $results/server.log)"
launched=$(date +%s%N)
"${ISKRA_LAUNCH[@]}" --iskra.data-dir="$data_dir" --server.port="$PORT" \
  --server.address=127.0.0.1 --iskra.demo.enabled=false --logging.level.root=warn \
  > "$results/server.log" 2>&1 &
app_pid=$!
until [ "$(status_of "$base/actuator/health/readiness")" = 200 ]; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "Iskra exited while starting; its log:" >&2
    tail -n 40 "$results/server.log" >&2
    exit 1
  fi
  if [ $(( ($(date +%s%N) - launched) / 1000000000 )) -gt 120 ]; then
    echo "Iskra was not ready on $base within 120 s; its log:" >&2
    tail -n 40 "$results/server.log" >&2
    exit 1
  fi
  sleep 0.02
done
startup_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
startup_rss_kb="$(ps -o rss= -p "$app_pid" | tr -d ' ')"
echo "Iskra ready after $startup_ms ms (launch to readiness 200; pid $app_pid, RSS $((startup_rss_kb / 1024)) MB)" \
  | tee -a "$results/machine.txt"

curl -fsS "$base/americas" > "$tmp/americas.html"
article="$(grep -o 'href="/americas/[a-z0-9-]*"' "$tmp/americas.html" | sed -n '1s/^href="\(.*\)"$/\1/p')"
if [ -z "$article" ]; then
  echo "no article link found on /americas; is the corpus generated with an americas section?" >&2
  exit 1
fi

names=(front section section-page50 article search rss)
paths=("/" "/americas" "/americas?page=50" "$article" "/search?q=$SEARCH" "/feed.xml")
for i in "${!paths[@]}"; do
  code="$(status_of "$base${paths[$i]}")"
  echo "  ${names[$i]}: ${paths[$i]} → $code"
  [ "$code" = 200 ] || echo "  WARNING: ${paths[$i]} answers $code, not 200" >&2
done
curl -fsS -o "$tmp/article.html" "$base$article"

rows=()
measure() { # TARGET PAGE CODING(gzip|identity) URL THREADS CONNECTIONS SECONDS
  local target="$1" page="$2" coding="$3" url="$4" threads="$5" conns="$6" secs="$7"
  local out="$results/$target-$page-$coding-c$conns.txt" line
  local header=() script=bench/report.lua
  [ "$coding" = gzip ] && header=(-H 'Accept-Encoding: gzip')
  [ "$page" = search ] && script=bench/search.lua       # 67 queries in turn, as readers repeat them
  [ "$page" = search-new ] && script=bench/search-new.lua # never the same query twice
  echo "  wrk --latency -t$threads -c$conns -d${secs}s ${header[*]} -s $script $url"
  wrk --latency "-t$threads" "-c$conns" "-d${secs}s" --timeout 10s "${header[@]}" -s "$script" "$url" > "$out" 2>&1
  sleep 2 # requests still queued when wrk stops must not fall into the next measurement
  line="$(grep '^RESULT ' "$out" || true)"
  if [ -z "$line" ]; then
    echo "  wrk printed no result; see $out" >&2
    rows+=("| $target | $page | $coding | $conns | ? | ? | ? | ? | ? | ? | ? |")
    return 0
  fi
  kv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " $line"; }
  local requests bytes socket
  requests="$(kv requests)"
  bytes="$(kv bytes)"
  socket=$(( $(kv connect) + $(kv read) + $(kv write) + $(kv timeout) ))
  rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$target" "$page" "$coding" "$conns" \
    "$(kv req_s)" "$(kv p50_ms)" "$(kv p99_ms)" "$(kv max_ms)" "$(( requests > 0 ? bytes / requests : 0 ))" \
    "$(kv non2xx3xx)" "$socket")")
  if [ "$(kv non2xx3xx)" != 0 ] || [ "$socket" != 0 ]; then
    echo "  WARNING: $(kv non2xx3xx) non-2xx/3xx responses, $socket socket errors (see $out)" >&2
  fi
}

echo "Warming up all pages together for ${WARMUP_SECONDS} s"
wrk -t2 -c32 "-d${WARMUP_SECONDS}s" -H 'Accept-Encoding: gzip' -s bench/mix.lua "$base" -- "${paths[@]}" \
  > "$results/warmup.txt" 2>&1
sleep 2

for i in "${!paths[@]}"; do
  measure iskra "${names[$i]}" gzip "$base${paths[$i]}" 2 32 "$LOAD_SECONDS"
  measure iskra "${names[$i]}" gzip "$base${paths[$i]}" 1 1 "$SOLO_SECONDS"
done
measure iskra search-new gzip "$base/search" 2 32 "$LOAD_SECONDS"
measure iskra search-new gzip "$base/search" 1 1 "$SOLO_SECONDS"
measure iskra article identity "$base$article" 2 32 "$LOAD_SECONDS"
measure iskra article identity "$base$article" 1 1 "$SOLO_SECONDS"

rss_kb="$(ps -o rss= -p "$app_pid" | tr -d ' ')"
echo "load average after the Iskra runs: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
"$JAVA_HOME/bin/jcmd" "$app_pid" GC.heap_info > "$results/heap-info.txt" 2>&1 || true
"$JAVA_HOME/bin/jcmd" "$app_pid" GC.run > /dev/null 2>&1 || true
"$JAVA_HOME/bin/jcmd" "$app_pid" GC.heap_info > "$results/heap-info-after-gc.txt" 2>&1 || true
grep -ciE 'error|exception' "$results/server.log" > "$results/server-log-errors.txt" || true
stop_pid "$app_pid" "iskra"
app_pid=""

# --- nginx serving the same article page ----------------------------------------------------------
mkdir -p "$tmp/www" "$tmp/nginx-temp"
mv "$tmp/article.html" "$tmp/www/article.html"
# The same bytes gzipped once, as Iskra stores them, for gzip_static: nginx at its best.
gzip -9 -k "$tmp/www/article.html"
cat > "$tmp/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx-temp/body;
  proxy_temp_path $tmp/nginx-temp/proxy;
  fastcgi_temp_path $tmp/nginx-temp/fastcgi;
  uwsgi_temp_path $tmp/nginx-temp/uwsgi;
  scgi_temp_path $tmp/nginx-temp/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $tmp/www;
    charset utf-8;
    location / {
      default_type text/html;
      gzip_static on;
      try_files /article.html =404;
    }
  }
}
EOF
nginx -t -p "$tmp" -c "$tmp/nginx.conf" > "$results/nginx-t.txt" 2>&1 \
  || { cat "$results/nginx-t.txt" >&2; exit 1; }
nginx -p "$tmp" -c "$tmp/nginx.conf" > "$results/nginx.log" 2>&1 &
nginx_pid=$!
nginx_url="http://127.0.0.1:$NGINX_PORT$article"
for _ in $(seq 1 40); do
  [ "$(status_of "$nginx_url")" = 200 ] && break
  kill -0 "$nginx_pid" 2>/dev/null || { echo "nginx exited:" >&2; cat "$results/nginx.log" "$tmp/nginx-error.log" >&2; exit 1; }
  sleep 0.25
done
echo "nginx serves the saved article on $nginx_url (pid $nginx_pid)"
wrk -t2 -c32 -d3s "$nginx_url" > "$results/nginx-warmup.txt" 2>&1
measure nginx article gzip "$nginx_url" 2 32 "$LOAD_SECONDS"
measure nginx article gzip "$nginx_url" 1 1 "$SOLO_SECONDS"
measure nginx article identity "$nginx_url" 2 32 "$LOAD_SECONDS"
measure nginx article identity "$nginx_url" 1 1 "$SOLO_SECONDS"
stop_pid "$nginx_pid" "nginx"
nginx_pid=""

# --- summary --------------------------------------------------------------------------------------
{
  echo "# $label"
  echo
  sed 's/^/    /' "$results/machine.txt"
  echo
  echo "pages: front \`/\`, section \`/americas\`, section-page50 \`/americas?page=50\`, article \`$article\`,"
  echo "search: 67 queries in turn (bench/search.lua), search-new: two-word queries never asked before (bench/search-new.lua), rss \`/feed.xml\`; coding gzip: \`Accept-Encoding: gzip\` sent, identity: none"
  echo "Iskra: -Xmx$XMX, ready $startup_ms ms after launch (RSS then $((startup_rss_kb / 1024)) MB),"
  echo "RSS after the run: $((rss_kb / 1024)) MB; heap after a full GC: $(grep -o 'used [0-9]*K' "$results/heap-info-after-gc.txt" | head -1)"
  echo "wrk: -t2 -c32 -d${LOAD_SECONDS}s and -t1 -c1 -d${SOLO_SECONDS}s after a ${WARMUP_SECONDS} s warm-up"
  echo
  echo "p50/p99 as wrk 4 reports them (corrected for coordinated omission); max is the slowest real response."
  echo
  echo "| target | page | coding | conns | req/s | p50 ms | p99 ms | max ms | bytes/resp | non-2xx | socket errors |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} > "$results/summary.md"
echo
cat "$results/summary.md"
echo
echo "Raw output: $results"
