#!/usr/bin/env bash
# Soak test: Iskra under a steady mixed load for MINUTES, with a trickle of writes, sampled every
# 30 s for heap after a full GC, RSS, requests and errors; ends with a table and a verdict.
#   bench/soak.sh DATA_DIR [MINUTES=10]
# DATA_DIR holds a corpus (bench/generate-corpus.sh N DATA_DIR); it is only read: its iskra.db is
# copied into a temporary data directory first (with an account and an Admin API token added).
#
# Load: wrk (-t$THREADS -c$CONNECTIONS, bench/soak.lua) cycling through the front page, two section
# fronts and a later page, two articles, a tag page, a search, the RSS feed, a 404 and conditional
# GETs (If-None-Match) of a section front, an article and a section's feed that the writes leave
# alone (so their answer is 304). Writes: one Admin API client
# (bench/crash_writer.py) starting, editing and publishing an article in the americas section every
# WRITE_PAUSE seconds, so the page cache keeps being purged. wrk runs in 30 s slices; between slices
# the script forces a full GC (jcmd GC.run) and reads the heap used after it (GC.heap_info) and the
# process's RSS. Verdict: PASS when no request failed (no status but 2xx/3xx/the asked-for 404, no
# socket error, no refused write, no ERROR in the server log) and the heap after GC at the end is
# within HEAP_TOLERANCE % of the one at minute 2 (the first sample after warm-up for short runs).
#
# Knobs (environment): PORT=18080 XMX=512m THREADS=2 CONNECTIONS=8 WRITE_PAUSE=3 HEAP_TOLERANCE=10
# WARMUP_SECONDS=30, JAR=path/to/iskra.jar. Needs wrk, curl, python3.
set -euo pipefail

usage() {
  echo "usage: bench/soak.sh DATA_DIR [MINUTES=10]" >&2
  echo "  DATA_DIR  a data directory with a corpus (bench/generate-corpus.sh N DATA_DIR); copied, never written" >&2
  echo "  env: PORT XMX THREADS CONNECTIONS WRITE_PAUSE HEAP_TOLERANCE WARMUP_SECONDS JAR" >&2
  exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
[ -f "$1/iskra.db" ] || { echo "no corpus in $1 (expected $1/iskra.db)" >&2; usage; }
corpus="$(cd "$1" && pwd)"
minutes="${2:-10}"
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "MINUTES must be a positive whole number, not '$minutes'" >&2; usage; }

PORT="${PORT:-18080}"
XMX="${XMX:-512m}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
WRITE_PAUSE="${WRITE_PAUSE:-3}"
HEAP_TOLERANCE="${HEAP_TOLERANCE:-10}"
WARMUP_SECONDS="${WARMUP_SECONDS:-30}"
SLICE=30

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
jar_source="$(bench_jar)" || exit 2

port_busy() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_busy "$PORT"; then
  echo "something already answers on 127.0.0.1:$PORT; stop it or set PORT" >&2
  exit 1
fi

tmp="$(mktemp -d /tmp/iskra-soak.XXXXXX)"
results="$home/bench/results/soak-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results" "$tmp/data"
app_pid=""
writer_pid=""
cleanup() {
  stop_pid "$writer_pid"
  stop_pid "$app_pid"
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cp "$jar_source" "$tmp/iskra.jar"
cp "$corpus/iskra.db" "$tmp/data/iskra.db"
java_cmd=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$tmp/iskra.jar")
sql() {
  python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
rows = db.execute(sys.argv[2]).fetchall()
db.commit()
for r in rows: print("\t".join("" if v is None else str(v) for v in r))' "$tmp/data/iskra.db" "$1"
}

# An administrator and an Admin API token for the writer (the corpus has no accounts).
printf 'soak-test-password-1\n' | "${java_cmd[@]}" create-user --role admin --name "Soak Test" \
  soak@example.org --iskra.data-dir="$tmp/data" --logging.level.root=warn > "$results/create-user.log" 2>&1
token="iat_soak$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
account="$(sql "SELECT id FROM accounts WHERE email = 'soak@example.org'")"
sql "INSERT INTO api_tokens (name, token_hash, token_prefix, account_id, account_email, scopes,
  created_at) VALUES ('soak', '$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)', '${token:0:10}',
  $account, 'soak@example.org', 'articles:write', $(date +%s%3N))" > /dev/null
section="$(sql "SELECT id FROM sections WHERE slug = 'americas'")"
[ -n "$section" ] || { echo "the corpus has no americas section" >&2; exit 1; }
metrics_token="soak-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  lscpu | grep 'Model name' || true
  free -m | sed -n 2p
  "$JAVA_HOME/bin/java" -version 2>&1 | head -1
  wrk -v 2>&1 | head -1 || true
  echo "corpus: $corpus ($(sql 'SELECT COUNT(*) FROM articles') articles, copied)"
  echo "worktree: commit $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "jar: $jar_source built $(date -u -r "$jar_source" +%Y-%m-%dT%H:%M:%SZ)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$results/machine.txt"
cat "$results/machine.txt"

base="http://127.0.0.1:$PORT"
echo "Starting Iskra on $base, -Xmx$XMX (log: $results/server.log)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "-Xmx$XMX" -jar "$tmp/iskra.jar" \
  --iskra.data-dir="$tmp/data" --server.port="$PORT" --server.address=127.0.0.1 \
  --iskra.demo.enabled=false --logging.level.root=warn --iskra.api.token-rate-limit=1000000 \
  --iskra.operations.metrics-token="$metrics_token" > "$results/server.log" 2>&1 &
app_pid=$!
started=$SECONDS
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/actuator/health/readiness")" = 200 ]; do
  kill -0 "$app_pid" 2>/dev/null || { echo "Iskra exited while starting:" >&2; tail -n 40 "$results/server.log" >&2; exit 1; }
  [ $((SECONDS - started)) -le 180 ] || { echo "Iskra not ready in 180 s" >&2; tail -n 40 "$results/server.log" >&2; exit 1; }
  sleep 0.5
done
echo "Iskra ready after $((SECONDS - started)) s (pid $app_pid)"

links() { curl -fsS "$base$1" | grep -o "href=\"$2[^\"]*\"" | sed 's/^href="//; s/"$//' | sed -n "${3}p"; }
article1="$(links /americas /americas/ 1)"
article2="$(links /europe /europe/ 1)"
tag="$(links "$article1" /tag/ 1)"
[ -n "$article1" ] && [ -n "$article2" ] || { echo "no article links on /americas or /europe" >&2; exit 1; }
etag() { curl -fsS -o /dev/null -D - "$base$1" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p' | head -1; }
paths=(/ /americas /europe "/americas?page=5" "$article1" "$article2" "${tag:-/americas}"
  "/search?q=strike" /feed.xml /no-such-page-for-the-soak)
# Conditional GETs of pages the writer (americas) does not change, so that 304 is the answer.
for p in /europe "$article2" /europe/feed.xml; do
  e="$(etag "$p")"
  [ -n "$e" ] && paths+=("$p|$e")
done
printf '  %s\n' "${paths[@]}" | tee "$results/paths.txt"

python3 bench/crash_writer.py --base "$base" --token "$token" --section "$section" --clients 1 \
  --pause "$WRITE_PAUSE" --seconds $((minutes * 60 + WARMUP_SECONDS + 60)) --label soak \
  --journal "$results/writes.tsv" > "$results/writer.log" 2>&1 &
writer_pid=$!

echo "Warming up for $WARMUP_SECONDS s"
wrk "-t$THREADS" "-c$CONNECTIONS" "-d${WARMUP_SECONDS}s" --timeout 10s -s bench/soak.lua "$base" -- "${paths[@]}" \
  > "$results/warmup.txt" 2>&1

heap_after_gc_mb() {
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.run > /dev/null 2>&1
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.heap_info 2>/dev/null \
    | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1 | awk '{ printf "%.1f", $1 / 1024 }'
}
rss_mb() { ps -o rss= -p "$app_pid" | awk '{ printf "%.0f", $1 / 1024 }'; }
kv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " $2"; }

slices=$((minutes * 60 / SLICE))
rows=()
heaps=()
total_requests=0
total_errors=0
total_socket=0
echo "Soaking for $minutes min: wrk -t$THREADS -c$CONNECTIONS in $slices slices of ${SLICE}s"
for n in $(seq 1 "$slices"); do
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d${SLICE}s" --timeout 10s -s bench/soak.lua "$base" -- "${paths[@]}" \
    > "$results/slice-$n.txt" 2>&1
  line="$(grep '^SOAK ' "$results/slice-$n.txt" || true)"
  [ -n "$line" ] || { echo "wrk printed no result in slice $n; see $results/slice-$n.txt" >&2; exit 1; }
  socket=$(( $(kv connect "$line") + $(kv read "$line") + $(kv write "$line") + $(kv timeout "$line") ))
  heap="$(heap_after_gc_mb)"
  rss="$(rss_mb)"
  heaps+=("$heap")
  total_requests=$((total_requests + $(kv requests "$line")))
  total_errors=$((total_errors + $(kv errors "$line")))
  total_socket=$((total_socket + socket))
  writes="$(grep -vc '^ERROR' "$results/writes.tsv" 2>/dev/null || true)"
  row="$(printf '| %5s | %9s | %7.0f | %6s | %6s | %5s | %6s | %6s | %6s | %6s | %8s | %7s |' \
    "$((n * SLICE / 60)):$(printf '%02d' $((n * SLICE % 60)))" "$(kv requests "$line")" \
    "$(awk -v r="$(kv requests "$line")" -v s="$SLICE" 'BEGIN { print r / s }')" \
    "$(kv p50_ms "$line")" "$(kv p99_ms "$line")" "$(kv not_modified "$line")" "$(kv not_found "$line")" \
    "$(kv errors "$line")" "$socket" "${writes:-0}" "$heap" "$rss")"
  rows+=("$row")
  echo "$row"
done
stop_pid "$writer_pid"
writer_pid=""
refused="$(grep -c '^ERROR' "$results/writes.tsv" 2>/dev/null || true)"
writes="$(grep -vc '^ERROR' "$results/writes.tsv" 2>/dev/null || true)"
log_errors="$(grep -c ' ERROR ' "$results/server.log" || true)"
"$JAVA_HOME/bin/jcmd" "$app_pid" GC.heap_info > "$results/heap-info.txt" 2>&1 || true
curl -fsS -H "Authorization: Bearer $metrics_token" "$base/actuator/prometheus" > "$results/prometheus.txt" || true

reference_index=$(( slices >= 4 ? 3 : 0 )) # the sample at minute 2, or the first one
reference="${heaps[$reference_index]}"
final="${heaps[$((slices - 1))]}"
drift="$(awk -v a="$reference" -v b="$final" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')"
heap_flat="$(awk -v d="$drift" -v t="$HEAP_TOLERANCE" 'BEGIN { print (d <= t && d >= -t) ? "yes" : "no" }')"
verdict=PASS
[ "$total_errors" = 0 ] && [ "$total_socket" = 0 ] && [ "${refused:-0}" = 0 ] && [ "$log_errors" = 0 ] \
  && [ "$heap_flat" = yes ] || verdict=FAIL

{
  echo "# Soak, $minutes minutes"
  echo
  sed 's/^/    /' "$results/machine.txt"
  echo "    load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Iskra -Xmx$XMX; wrk -t$THREADS -c$CONNECTIONS --timeout 10s, ${SLICE} s slices after a ${WARMUP_SECONDS} s warm-up;"
  echo "one Admin API writer, a write every ${WRITE_PAUSE} s. Paths: $(printf '`%s` ' "${paths[@]}")"
  echo
  echo "| time | requests | req/s | p50 ms | p99 ms | 304 | 404 | errors | socket errors | writes so far | heap after GC MB | RSS MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "requests: $total_requests; errors (status other than 2xx/3xx/the asked-for 404): $total_errors;" \
    "socket errors: $total_socket; writes acknowledged: ${writes:-0}, refused: ${refused:-0};" \
    "ERROR lines in the server log: $log_errors"
  echo "heap after GC: ${reference} MB at sample $((reference_index + 1)), ${final} MB at the end ($drift %, tolerance ±$HEAP_TOLERANCE %)"
  echo
  echo "verdict: $verdict"
} > "$results/summary.md"
echo
cat "$results/summary.md"
echo "Raw output: $results"
[ "$verdict" = PASS ]
