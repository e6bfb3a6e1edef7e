#!/usr/bin/env bash
# Kills Iskra with SIGKILL in the middle of an import, of concurrent saves and of a newsletter send,
# starts it again on the same data directory and checks that nothing acknowledged was lost, no
# article is half-written, and the queues resume without sending anything twice.
#   bench/crash.sh [import] [save] [newsletter]      (all three when none is named)
#
# import      `iskra import-wxr` of a generated export (IMPORT_POSTS posts) killed once a quarter of
#             it is in; the store must hold whole posts only (each post is its own transaction), each
#             with its import record; then the same command again completes it without duplicates.
# save        WRITERS Admin API clients create, edit and publish articles and journal every 2xx
#             (bench/crash_writer.py); the server is killed after KILL_AFTER_ACKS answers; every
#             acknowledged version must be stored with the acknowledged body (SHA-256) and tags,
#             every article whole; restarted, the server answers each article as stored, and the
#             webhook deliveries those saves queued all arrive (at least once) at a local receiver.
# newsletter  MAIL_SUBSCRIBERS confirmed readers, one article sent to all of them through a counting
#             SMTP sink (bench/sink.py); the server is killed MAIL_KILLS times mid-send and restarted;
#             the queue must drain by itself, nobody may get the mail twice, every row marked sent
#             must have reached the sink once, and the only rows left open are the ones a kill caught
#             during the SMTP hand-over (reported: the sender promises at most once; one caught
#             before the hand-over is sent again, see ARCHITECTURE.md).
#
# Each scenario uses its own data directory under a temporary folder (removed on exit unless
# KEEP=1) and prints PASS or FAIL; the script exits 1 if any scenario failed.
# Knobs (environment): PORT=18090 SMTP_PORT=18025 HOOK_PORT=18099 XMX=512m IMPORT_POSTS=4000
# WRITERS=8 KILL_AFTER_ACKS=400 MAIL_SUBSCRIBERS=2000 MAIL_KILLS=3 KEEP=0, JAR=path/to/iskra.jar.
# Needs python3 and curl.
set -euo pipefail

PORT="${PORT:-18090}"
SMTP_PORT="${SMTP_PORT:-18025}"
HOOK_PORT="${HOOK_PORT:-18099}"
XMX="${XMX:-512m}"
IMPORT_POSTS="${IMPORT_POSTS:-4000}"
WRITERS="${WRITERS:-8}"
KILL_AFTER_ACKS="${KILL_AFTER_ACKS:-400}"
MAIL_SUBSCRIBERS="${MAIL_SUBSCRIBERS:-2000}"
MAIL_KILLS="${MAIL_KILLS:-3}"

scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(import save newsletter)
for s in "${scenarios[@]}"; do
  case "$s" in
    import | save | newsletter) ;;
    *) echo "usage: bench/crash.sh [import] [save] [newsletter]  (unknown scenario '$s')" >&2; exit 2 ;;
  esac
done
for tool in python3 curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 1; }
done

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
jar_source="$(bench_jar)" || exit 2

tmp="$(mktemp -d /tmp/iskra-crash.XXXXXX)"
cp "$jar_source" "$tmp/iskra.jar" # a rebuild during the run must not pull the jar from under the JVM
jar="$tmp/iskra.jar"
app_pid=""
sink_pid=""
writer_pid=""
cmd_pid=""

cleanup() {
  for pid in "$writer_pid" "$cmd_pid" "$app_pid" "$sink_pid"; do stop_pid "$pid"; done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PORT" "$SMTP_PORT" "$HOOK_PORT"; do
  if port_busy "$p"; then
    echo "something already answers on 127.0.0.1:$p; stop it or set PORT/SMTP_PORT/HOOK_PORT" >&2
    exit 1
  fi
done

base="http://127.0.0.1:$PORT"
java_cmd=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "-Xmx$XMX" -jar "$jar")
now_ms() { date +%s%3N; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

start_app() { # DATA_DIR LOG [extra arguments…]: starts the server and waits until it is ready
  local data="$1" logfile="$2"
  shift 2
  "${java_cmd[@]}" --iskra.data-dir="$data" --server.port="$PORT" --server.address=127.0.0.1 \
    --iskra.demo.enabled=false --logging.level.root=warn "$@" >> "$logfile" 2>&1 &
  app_pid=$!
  local started=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/actuator/health/readiness")" = 200 ]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "Iskra exited while starting; its log:" >&2
      tail -n 40 "$logfile" >&2
      return 1
    fi
    if [ $((SECONDS - started)) -gt 180 ]; then
      echo "Iskra was not ready within 180 s; its log:" >&2
      tail -n 40 "$logfile" >&2
      return 1
    fi
    sleep 0.3
  done
  log "Iskra ready after $((SECONDS - started)) s (pid $app_pid)"
}

kill_app() { # SIGKILL, no warning: what a power cut or the OOM killer does to the process
  kill -9 "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

sql() { # DB SQL: one statement through Python's sqlite3 (waits for the writer's lock)
  python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
rows = db.execute(sys.argv[2]).fetchall()
db.commit()
for r in rows: print("\t".join("" if v is None else str(v) for v in r))' "$1" "$2"
}

new_account_and_token() { # DATA_DIR → prints the Admin API token; migrates the store on the way
  local data="$1" token hash account
  printf 'crash-test-password-1\n' | "${java_cmd[@]}" create-user --role admin --name "Crash Test" \
    crash@example.org --iskra.data-dir="$data" --logging.level.root=warn > "$data/../create-user.log" 2>&1
  token="iat_crash$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
  hash="$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)"
  account="$(sql "$data/iskra.db" "SELECT id FROM accounts WHERE email = 'crash@example.org'")"
  sql "$data/iskra.db" "INSERT INTO api_tokens (name, token_hash, token_prefix, account_id,
    account_email, scopes, created_at) VALUES ('crash', '$hash', '${token:0:10}', $account,
    'crash@example.org', 'articles:write taxonomy:write', $(now_ms))" > /dev/null
  echo "$token"
}

new_section() { # TOKEN → prints the id of a new section "crash"
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"slug":"crash","name":"Crash"}' "$base/api/admin/v1/sections" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}

results=()
verdict() { # NAME RC
  if [ "$2" = 0 ]; then results+=("PASS  $1"); log "PASS  $1"; else results+=("FAIL  $1"); log "FAIL  $1"; fi
}

# --- import ---------------------------------------------------------------------------------------
scenario_import() {
  local dir="$tmp/import" data="$tmp/import/data" rc=0 items=0 target=$((IMPORT_POSTS / 4))
  mkdir -p "$data"
  log "import: generating a WordPress export of $IMPORT_POSTS posts"
  "$JAVA_HOME/bin/java" src/test/java/org/iskra/syndication/WxrGenerator.java "$IMPORT_POSTS" "$dir/export.xml"
  log "import: import-wxr, to be killed once $target posts are in"
  "${java_cmd[@]}" import-wxr "$dir/export.xml" --iskra.data-dir="$data" --logging.level.root=warn \
    > "$dir/first-run.log" 2>&1 &
  cmd_pid=$!
  while kill -0 "$cmd_pid" 2>/dev/null; do
    items="$(sql "$data/iskra.db" "SELECT COUNT(*) FROM imported_items" 2>/dev/null || echo 0)"
    [ "${items:-0}" -ge "$target" ] && break
    sleep 0.2
  done
  if ! kill -0 "$cmd_pid" 2>/dev/null; then
    echo "import-wxr ended before it could be killed (raise IMPORT_POSTS); its output:" >&2
    cat "$dir/first-run.log" >&2
    verdict "import: killed mid-way" 1
    return
  fi
  kill -9 "$cmd_pid"
  wait "$cmd_pid" 2>/dev/null || true
  cmd_pid=""
  log "import: killed with $items import records seen; checking the store as the kill left it"
  python3 bench/crash_check.py import "$data/iskra.db" "$dir/export.xml" || rc=1
  log "import: the same command again"
  "${java_cmd[@]}" import-wxr "$dir/export.xml" --iskra.data-dir="$data" --logging.level.root=warn \
    > "$dir/second-run.log" 2>&1 || rc=1
  grep -E 'imported [0-9]+' "$dir/second-run.log" | sed 's/^/  /' || true
  if ! grep -qE 'failed 0' "$dir/second-run.log"; then
    echo "  FAIL  the second run reported failures:" >&2
    tail -n 20 "$dir/second-run.log" >&2
    rc=1
  fi
  python3 bench/crash_check.py import "$data/iskra.db" "$dir/export.xml" --complete || rc=1
  log "import: the server starts on the store and shows an imported article"
  start_app "$data" "$dir/server.log" || rc=1
  local front article
  front="$(curl -s "$base/" || true)"
  # The newest imported article, as the front page links it (/section/slug).
  article="$(grep -o 'href="/[a-z0-9-]*/[a-z0-9-]*"' <<< "$front" | grep -v '^href="/\(tag\|author\|country\|search\|newsletter\|events\|appeals\)/' \
    | sed -n '1s/^href="\(.*\)"$/\1/p')"
  if [ -n "$article" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$article")" = 200 ]; then
    echo "  ok    the front page links $article, which answers 200"
  else
    echo "  FAIL  the front page links no imported article that answers 200 ('$article')" >&2
    rc=1
  fi
  stop_pid "$app_pid"
  app_pid=""
  verdict "import: killed at $items of $IMPORT_POSTS posts, whole posts only, completed without duplicates" "$rc"
}

# --- save -----------------------------------------------------------------------------------------
scenario_save() {
  local dir="$tmp/save" data="$tmp/save/data" rc=0 token section acks
  mkdir -p "$data"
  python3 bench/sink.py --smtp-port "$SMTP_PORT" --smtp-log "$dir/mails.tsv" \
    --http-port "$HOOK_PORT" --http-log "$dir/hooks.tsv" > "$dir/sink.log" 2>&1 &
  sink_pid=$!
  token="$(new_account_and_token "$data")"
  sql "$data/iskra.db" "INSERT INTO webhook_endpoints (url, events, secret, enabled, created_by,
    created_at) VALUES ('http://127.0.0.1:$HOOK_PORT/hooks',
    ' article.published article.updated article.unpublished ', 'crash-secret', 1, 'crash', $(now_ms))" > /dev/null
  local app_args=(--iskra.api.token-rate-limit=1000000 --iskra.webhooks.allow-private-addresses=true
    --iskra.webhooks.poll-interval=500ms --iskra.webhooks.timeout=2s --iskra.webhooks.connect-timeout=1s)
  start_app "$data" "$dir/server.log" "${app_args[@]}" || { verdict "save" 1; return; }
  section="$(new_section "$token")"
  log "save: $WRITERS writers on the Admin API; SIGKILL after $KILL_AFTER_ACKS acknowledged writes"
  python3 bench/crash_writer.py --base "$base" --token "$token" --section "$section" \
    --clients "$WRITERS" --journal "$dir/acks.tsv" > "$dir/writer.log" 2>&1 &
  writer_pid=$!
  touch "$dir/acks.tsv"
  local waited=$SECONDS
  until [ "$(wc -l < "$dir/acks.tsv")" -ge "$KILL_AFTER_ACKS" ]; do
    if [ $((SECONDS - waited)) -gt 120 ] || ! kill -0 "$writer_pid" 2>/dev/null; then
      echo "  the writers did not reach $KILL_AFTER_ACKS acknowledged writes; writer log:" >&2
      cat "$dir/writer.log" >&2
      rc=1
      break
    fi
    sleep 0.05
  done
  kill_app
  wait "$writer_pid" 2>/dev/null || true
  writer_pid=""
  acks="$(wc -l < "$dir/acks.tsv")"
  log "save: killed after $acks acknowledged writes ($(cat "$dir/writer.log")); checking the store"
  python3 bench/crash_check.py save "$data/iskra.db" "$dir/acks.tsv" || rc=1
  log "save: restarting on the same data directory"
  start_app "$data" "$dir/server.log" "${app_args[@]}" || { verdict "save" 1; return; }
  # What the server answers after the restart is what the journal says it acknowledged last.
  python3 - "$base" "$token" "$dir/acks.tsv" <<'EOF' || rc=1
import hashlib, json, sys, urllib.request
base, token, path = sys.argv[1:4]
last = {}
for line in open(path):
    f = line.rstrip("\n").split("\t")
    if f[0] != "ERROR":
        last[int(f[0])] = max(last.get(int(f[0]), (0, "")), (int(f[1]), f[3]))
bad = 0
for aid, (version, body_hash) in last.items():
    req = urllib.request.Request(f"{base}/api/admin/v1/articles/{aid}",
                                 headers={"Authorization": "Bearer " + token})
    doc = json.load(urllib.request.urlopen(req))
    same = hashlib.sha256(doc["body"].encode()).hexdigest() == body_hash
    if doc["version"] < version or (doc["version"] == version and not same):
        bad += 1
print(("  ok    " if bad == 0 else "  FAIL  ")
      + f"after the restart the API answers {len(last)} articles as last acknowledged ({bad} not)")
sys.exit(1 if bad else 0)
EOF
  log "save: waiting for the webhook queue to drain (expired claims are sent again)"
  local until_s=$((SECONDS + 90)) open_rows=1
  while [ $SECONDS -lt $until_s ]; do
    open_rows="$(sql "$data/iskra.db" "SELECT COUNT(*) FROM webhook_deliveries WHERE status IN ('pending', 'sending')")"
    [ "$open_rows" = 0 ] && break
    sleep 1
  done
  stop_pid "$app_pid"
  app_pid=""
  python3 bench/crash_check.py hooks "$data/iskra.db" "$dir/hooks.tsv" || rc=1
  python3 bench/crash_check.py store "$data/iskra.db" > /dev/null || { echo "  FAIL  store after restart" >&2; rc=1; }
  stop_pid "$sink_pid"
  sink_pid=""
  verdict "save: $WRITERS writers killed after $acks acknowledged writes, none lost, none half-written" "$rc"
}

# --- newsletter -----------------------------------------------------------------------------------
scenario_newsletter() {
  local dir="$tmp/newsletter" data="$tmp/newsletter/data" rc=0 token section article sent
  mkdir -p "$data"
  python3 bench/sink.py --smtp-port "$SMTP_PORT" --smtp-log "$dir/mails.tsv" > "$dir/sink.log" 2>&1 &
  sink_pid=$!
  token="$(new_account_and_token "$data")"
  # Fast enough that a send of MAIL_SUBSCRIBERS takes seconds, slow enough to be killed mid-way.
  local app_args=(--spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT"
    --iskra.newsletter.rate-per-minute=12000 --iskra.newsletter.poll-interval=200ms
    --iskra.site.base-url=http://news.example.org --iskra.newsletter.digest-check-initial-delay=1h)
  start_app "$data" "$dir/server.log" "${app_args[@]}" || { verdict "newsletter" 1; return; }
  section="$(new_section "$token")"
  article="$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Strike ends\",\"language\":\"en\",\"sectionId\":$section,\"body\":\"<p>The strike ended.</p>\"}" \
    "$base/api/admin/v1/articles" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"version":1}' "$base/api/admin/v1/articles/$article/publish"
  log "newsletter: $MAIL_SUBSCRIBERS confirmed subscribers, article $article queued for all of them"
  # What /desk/newsletters' "send" stores (MailQueue.insertMessage and enqueue), written directly.
  python3 - "$data/iskra.db" "$MAIL_SUBSCRIBERS" "$article" <<'EOF'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=30)
n, article, now = int(sys.argv[2]), int(sys.argv[3]), int(time.time() * 1000)
with db:
    db.executemany(
        "INSERT INTO subscribers (email, status, frequency, confirm_sent_at, confirmed_at, created_at,"
        " updated_at) VALUES (?, 'active', 'weekly', ?, ?, ?, ?)",
        [(f"reader{i}@example.org", now, now, now, now) for i in range(1, n + 1)])
    message = db.execute(
        "INSERT INTO newsletter_messages (kind, article_id, created_by, created_at)"
        " VALUES ('article', ?, 'crash@example.org', ?) RETURNING id", (article, now)).fetchone()[0]
    db.execute(
        "INSERT INTO mail_queue (message_id, subscriber_id, status, next_attempt_at, created_at)"
        " SELECT ?, id, 'queued', ?, ? FROM subscribers WHERE status = 'active'", (message, now, now))
EOF
  touch "$dir/mails.tsv"
  local kill_no step=$((MAIL_SUBSCRIBERS / (MAIL_KILLS + 1)))
  for kill_no in $(seq 1 "$MAIL_KILLS"); do
    local waited=$SECONDS
    until [ "$(wc -l < "$dir/mails.tsv")" -ge $((step * kill_no)) ]; do
      if [ $((SECONDS - waited)) -gt 180 ]; then
        echo "  the sink did not reach $((step * kill_no)) mails in 180 s" >&2
        rc=1
        break
      fi
      sleep 0.02
    done
    # At a random moment of the sender's cycle (0–99 ms on), not just after the sink logged a mail.
    sleep "$(printf '0.%03d' $((RANDOM % 100)))"
    kill_app
    sent="$(wc -l < "$dir/mails.tsv")"
    log "newsletter: kill $kill_no of $MAIL_KILLS with $sent mails at the sink;" \
      "queue: $(sql "$data/iskra.db" "SELECT status || '=' || COUNT(*) FROM mail_queue GROUP BY status" | tr '\n' ' ')"
    start_app "$data" "$dir/server.log" "${app_args[@]}" || { verdict "newsletter" 1; return; }
  done
  log "newsletter: waiting for the queue to drain by itself"
  local until_s=$((SECONDS + 300)) queued=1
  while [ $SECONDS -lt $until_s ]; do
    # 'preparing' rows a kill left are queued again 30 s later (NewsletterSender.UNSENT_AFTER).
    queued="$(sql "$data/iskra.db" "SELECT COUNT(*) FROM mail_queue WHERE status IN ('queued', 'preparing')")"
    [ "$queued" = 0 ] && break
    sleep 1
  done
  sleep 1 # the last mail's 'sent' mark
  stop_pid "$app_pid"
  app_pid=""
  python3 bench/crash_check.py newsletter "$data/iskra.db" "$dir/mails.tsv" || rc=1
  stop_pid "$sink_pid"
  sink_pid=""
  verdict "newsletter: $MAIL_SUBSCRIBERS readers, $MAIL_KILLS kills mid-send, resumed, nobody mailed twice" "$rc"
}

log "crash tests in $tmp with $(basename "$jar_source") ($(date -u -r "$jar_source" +%Y-%m-%dT%H:%M:%SZ)); nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
for s in "${scenarios[@]}"; do
  "scenario_$s"
done
echo
printf '%s\n' "${results[@]}"
for r in "${results[@]}"; do
  [[ "$r" == PASS* ]] || exit 1
done
