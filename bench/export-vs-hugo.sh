#!/usr/bin/env bash
# The static copy against Hugo, in turns: first runs of Hugo's build and of `iskra export-static`
# on the same corpus, one after the other, ROUNDS times. This machine's speed drifts by 20 % and
# more within an hour, so only runs made side by side compare; each run starts after `sync`,
# dropping the kernel's caches (as root) and reading its inputs back in, so that neither pays for
# the other's writes or finds its inputs already cached.
#   bench/export-vs-hugo.sh DATA_DIR HUGO_DIR [ROUNDS]
# DATA_DIR holds a corpus with its search index (bench/generate-corpus.sh, then one
# bench/export-static.sh run builds the index); HUGO_DIR is what bench/hugo-peer.sh DATA_DIR
# HUGO_DIR made (the site in HUGO_DIR/site). ROUNDS defaults to 2. Prints one line per run: wall
# clock, CPU (user + system) and peak resident size. Knobs: XMX=512m, JAR (as bench/export-static.sh).
set -euo pipefail

usage() {
  echo "usage: bench/export-vs-hugo.sh DATA_DIR HUGO_DIR [ROUNDS]" >&2
  exit 2
}

[ $# -ge 2 ] && [ $# -le 3 ] || usage
[ -f "$1/iskra.db" ] && [ -d "$1/search" ] || { echo "no corpus with an index in $1" >&2; usage; }
[ -f "$2/site/config.toml" ] || { echo "no Hugo site in $2/site (bench/hugo-peer.sh)" >&2; usage; }
for tool in hugo /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 1; }
done
data_dir="$(cd "$1" && pwd)"
hugo_dir="$(cd "$2" && pwd)"
rounds="${3:-2}"
XMX="${XMX:-512m}"

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_launch iskra-vs-hugo -Xmx"$XMX"
iskra_for_command export-static # the JVM options ./iskra export-static runs with

if [ -w /proc/sys/vm/drop_caches ]; then
  drop_caches() { echo 3 > /proc/sys/vm/drop_caches; }
else
  echo "Not root: the kernel's caches are not dropped between runs." >&2
  drop_caches() { :; }
fi

clean() { # removes both copies, then reads every input back in
  rm -rf "$hugo_dir/public" "$tmp/copy"
  sync
  drop_caches
  cat "$data_dir"/iskra.db* >/dev/null
  tar -cf - -C "$data_dir" search >/dev/null
  tar -cf - -C "$hugo_dir/site" . >/dev/null
  tar -cf - -C "$tmp" launch >/dev/null
  "$JAVA_HOME/bin/java" -version >/dev/null 2>&1
  hugo version >/dev/null
  sleep 2
}

echo "Machine: $(nproc) cores; corpus $(basename "$data_dir"); Iskra -Xmx$XMX; $(hugo version | cut -d' ' -f1-2)"
for round in $(seq 1 "$rounds"); do
  clean
  (cd "$hugo_dir/site" && /usr/bin/time -f "round $round, Hugo:  %e s wall, %U+%S s CPU, %M KB peak resident" \
    hugo --quiet -d "$hugo_dir/public" 2>&1 | tail -1)
  echo "  $(find "$hugo_dir/public" -type f | wc -l) files"
  clean
  mkdir -p "$tmp/copy"
  /usr/bin/time -f "round $round, Iskra: %e s wall, %U+%S s CPU, %M KB peak resident" \
    "${ISKRA_LAUNCH[@]}" export-static "$tmp/copy" --iskra.data-dir="$data_dir" \
    --iskra.site.base-url=https://news.example.org 2>&1 | grep -E '^(round|Exported)'
done
rm -rf "$hugo_dir/public"
