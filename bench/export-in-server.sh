#!/usr/bin/env bash
# Times the static copy refreshed from the running server (the desk's Static copy page), against a
# cold `iskra export-static` of the same corpus.
#   bench/export-in-server.sh DATA_DIR [ROUNDS]
# DATA_DIR holds a corpus with its search index (bench/export-static.sh builds one when missing);
# it is used in place. Starts the server as ./iskra does (scripts/launch.sh), with
# --iskra.static-copy.directory set to a new folder, makes an administrator, signs in through the
# login form and presses the desk's refresh ROUNDS times (default 4), each time into an emptied
# folder so that every round writes the whole copy. Prints each round's time as the desk reports
# it and from the press to the report, and the server's processor time over the round (steadier
# than the wall clock when the machine is shared). The first round is as cold as the command (the drawing code
# is compiled while it runs); the later ones are what a server that refreshed once before pays.
# With READERS=1 (needs wrk), readers are measured too: 8 connections asking for an article page
# for 8 s, once before the first round (the site idle) and once from the last round's press (the
# site refreshing its copy on the same cores).
# Knobs (environment): XMX=512m, PORT=18090, READERS, JVM_OPTS (more options for the server's JVM,
# e.g. a flight recording), JAR (default: target/iskra.jar).
set -euo pipefail

usage() {
  echo "usage: bench/export-in-server.sh DATA_DIR [ROUNDS]" >&2
  echo "  DATA_DIR  a data directory with a corpus and its search index (used in place)" >&2
  echo "  ROUNDS    refreshes, each into an emptied folder (default 4)" >&2
  echo "  env: XMX (default 512m) PORT (default 18090) JAR" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
[ -f "$1/iskra.db" ] || { echo "no corpus in $1 (expected $1/iskra.db)" >&2; usage; }
[ -d "$1/search" ] || { echo "$1 has no search index: run bench/export-static.sh on it first" >&2; exit 2; }
rounds="${2:-4}"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive whole number" >&2; usage; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }
if [ "${READERS:-0}" = 1 ]; then
  command -v wrk >/dev/null || { echo "READERS=1 needs wrk (apt-get install -y wrk)" >&2; exit 1; }
fi
data_dir="$(cd "$1" && pwd)"
XMX="${XMX:-512m}"
PORT="${PORT:-18090}"

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck disable=SC2086 # JVM_OPTS holds several options
bench_launch iskra-in-server-bench -Xmx"$XMX" ${JVM_OPTS:-}
out="$tmp/copy"
app_pid=""
trap 'stop_pid "$app_pid" Iskra; rm -rf "$tmp"' EXIT

email="bench-$(date +%s)@example.org"
password="bench-password-$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
printf '%s\n' "$password" | "${ISKRA_LAUNCH[@]}" create-user --role admin --name "Bench" "$email" \
  --iskra.data-dir="$data_dir" --logging.level.root=warn > "$tmp/create-user.log" 2>&1 \
  || { cat "$tmp/create-user.log" >&2; exit 1; }

echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(basename "$data_dir")"
"${ISKRA_LAUNCH[@]}" --iskra.data-dir="$data_dir" --server.port="$PORT" --server.address=127.0.0.1 \
  --iskra.demo.enabled=false --iskra.site.base-url=https://news.example.org \
  --iskra.static-copy.directory="$out" --logging.level.root=warn > "$tmp/server.log" 2>&1 &
app_pid=$!

python3 - "$PORT" "$email" "$password" "$rounds" "$out" "${READERS:-0}" "$app_pid" <<'PY'
import http.cookiejar, os, re, shutil, subprocess, sys, time, urllib.parse, urllib.request

port, email, password, rounds, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
readers = sys.argv[6] == "1"
app_pid = sys.argv[7]

def cpu_seconds():
    # The server's processor time (user and system, all threads): steadier than the wall clock on
    # a machine shared with other work.
    with open(f"/proc/{app_pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
base = f"http://127.0.0.1:{port}"
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

def get(path):
    with opener.open(base + path, timeout=30) as answer:
        return answer.read().decode()

def post(path, fields):
    with opener.open(base + path, urllib.parse.urlencode(fields).encode(), timeout=30) as answer:
        return answer.read().decode()

deadline = time.time() + 180
while True:
    try:
        get("/actuator/health/readiness")
        break
    except Exception:
        if time.time() > deadline:
            sys.exit("the server was not ready in 180 s")
        time.sleep(0.2)

token = lambda page: re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
post("/login", {"email": email, "password": password, "_csrf": token(get("/login"))})
page = get("/desk/static-copy")
if "Refresh the static copy" not in page:
    sys.exit("the desk's Static copy page has no refresh button (signed in as an administrator?)")

def wrk():
    article = re.search(r'class="teaser__title"><a href="(/[^"]+)"', get("/")).group(1)
    return subprocess.Popen(["wrk", "-t1", "-c8", "-d8s", "--latency", base + article],
                            stdout=subprocess.PIPE, text=True)

def summary(run):
    text = run.communicate()[0]
    rate = re.search(r"Requests/sec:\s+(\S+)", text).group(1)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1)
    return f"{rate} req/s, p50 {p50}, p99 {p99}"

if readers:
    print("readers, site idle (article page, 8 connections, 8 s): " + summary(wrk()))

for round in range(1, rounds + 1):
    shutil.rmtree(out, ignore_errors=True)
    os.sync()
    try:  # as root, start each round with the kernel's caches empty, as the command's bench does
        with open("/proc/sys/vm/drop_caches", "w") as caches:
            caches.write("3")
    except OSError:
        pass
    csrf = token(get("/desk/static-copy"))
    load = wrk() if readers and round == rounds else None
    pressed = time.monotonic()
    cpu_before = cpu_seconds()
    post("/desk/static-copy", {"_csrf": csrf})
    while True:
        page = get("/desk/static-copy")
        state = re.search(r'data-state="(\w+)"', page).group(1)
        if state != "running":
            break
        time.sleep(0.05)
    waited = time.monotonic() - pressed
    cpu = cpu_seconds() - cpu_before
    if state != "done":
        sys.exit("round %d failed: %s" % (round, re.sub(r"<[^>]+>", "", page.split('role="alert">')[-1])[:300]))
    figures = dict(re.findall(r'<th scope="row">([^<]+)(?:<[^>]*>[^<]*</[^>]*>[^<]*)?</th><td>([^<]*)</td>', page))
    print(f"round {round}: {figures.get('Took')} as reported, {waited:.1f} s from the press to the report, CPU {cpu:.1f} s; "
          f"{figures.get('Files in the copy')} files, {figures.get('Written (new or changed)')} written")
    if load:
        print("readers during that round (article page, 8 connections, its first 8 s): " + summary(load))
PY
