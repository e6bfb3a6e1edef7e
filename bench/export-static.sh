#!/usr/bin/env bash
# Times `iskra export-static` on a corpus: a first run into an empty folder, then a re-run with
# nothing edited (incremental: it should write nothing).
#   bench/export-static.sh DATA_DIR [OUT]
# DATA_DIR holds a corpus (bench/generate-corpus.sh N DATA_DIR); it is used in place (the search
# index is built in it when missing), so give a copy of a corpus you want to keep untouched. OUT
# (default: a new folder under /tmp) receives the copy; it is emptied first.
#
# Iskra runs as ./iskra runs it (scripts/launch.sh: the jar extracted, with the JVM's start-up
# cache), prepared before anything is timed. Steps, each under GNU time (wall clock, CPU, peak
# resident size): `iskra reindex` when DATA_DIR has no search index yet (an export waits for the
# index to be in step, because article pages show related articles; a site's data directory
# normally has one), then `export-static` twice.
# Knobs (environment): XMX=512m (the heap cap), PARALLEL (readers; default the command's own),
# JAR=path/to/iskra.jar (default: target/iskra.jar, rebuilt when older than the sources).
set -euo pipefail

usage() {
  echo "usage: bench/export-static.sh DATA_DIR [OUT]" >&2
  echo "  DATA_DIR  a data directory with a corpus (used in place: give a copy)" >&2
  echo "  OUT       folder for the static copy (default: a new one under /tmp); emptied first" >&2
  echo "  env: XMX (default 512m) PARALLEL JAR" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
[ -f "$1/iskra.db" ] || { echo "no corpus in $1 (expected $1/iskra.db)" >&2; usage; }
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install -y time)" >&2; exit 1; }
data_dir="$(cd "$1" && pwd)"
out="${2:-$(mktemp -d /tmp/iskra-static.XXXXXX)}"
XMX="${XMX:-512m}"

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_launch iskra-export-bench -Xmx"$XMX"

rm -rf "$out"
mkdir -p "$out"
parallel=()
[ -n "${PARALLEL:-}" ] && parallel=(--parallel "$PARALLEL")

timed() { # LABEL ARGS...: runs the jar under GNU time, prints one summary line
  local label="$1"
  shift
  /usr/bin/time -v -o "$tmp/time.txt" "${ISKRA_LAUNCH[@]}" "$@" \
    --iskra.data-dir="$data_dir" --iskra.site.base-url=https://news.example.org >"$tmp/out.txt" 2>&1 \
    || { cat "$tmp/out.txt" >&2; exit 1; }
  local wall rss_kb cpu
  wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time.txt")
  rss_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
  # CPU time too: on a machine shared with other work the wall clock says little on its own.
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$tmp/time.txt")
  echo "$label: wall clock $wall, CPU ${cpu} s, peak resident size $((rss_kb / 1024)) MB (-Xmx$XMX)"
  grep -E '^(Exported|Rebuilt)' "$tmp/out.txt" || true
}

echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(basename "$data_dir"): $(sqlite3 "$data_dir/iskra.db" "SELECT COUNT(*) FROM articles WHERE status = 'published'" 2>/dev/null || echo '?') published articles"
if [ ! -d "$data_dir/search" ]; then
  timed "search index (reindex)" reindex
fi
iskra_for_command export-static # the JVM options ./iskra export-static runs with
timed "export-static, first run" export-static "$out" "${parallel[@]}"
timed "export-static, re-run (nothing edited)" export-static "$out" "${parallel[@]}"
echo "files: $(find "$out" -type f | wc -l), $(du -sh "$out" | cut -f1) in $out"
