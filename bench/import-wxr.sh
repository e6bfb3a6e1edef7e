#!/usr/bin/env bash
# Measures the import rate: a generated WordPress export of N posts imported with `iskra import-wxr`
# into a fresh SQLite data directory, twice (the second run finds every post unchanged), next to
# `iskra import-text` of N paragraphs on the same machine.
#   bench/import-wxr.sh [N=10000] [WORK_DIR=/tmp/iskra-import-bench]
# WORK_DIR is emptied first. Builds target/iskra.jar when it is missing or older than the sources.
set -euo pipefail

posts="${1:-10000}"
work="${2:-/tmp/iskra-import-bench}"
[[ "$posts" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive whole number, not '$posts'" >&2; exit 2; }

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
jar="$(bench_jar)" || exit 2

rm -rf "$work"
mkdir -p "$work"
"$JAVA_HOME/bin/java" src/test/java/org/iskra/syndication/WxrGenerator.java "$posts" "$work/export.xml"
# The same number of paragraphs for import-text, of about the size of a post's text.
awk -v n="$posts" 'BEGIN { for (i = 1; i <= n; i++) printf "Dispatch %d on wages and the economy. First paragraph of the post, quoted and done; second line one, second line two.\n\n", i }' > "$work/posts.txt"
ls -l "$work/export.xml" "$work/posts.txt" >&2

run() {
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$jar" "$@" \
    --logging.level.root=warn | tail -n 2
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "%s: %.1f s wall clock, JVM start included\n", l, e - s }'
}

# What a command costs before it imports anything: the JVM, Spring and the migrations.
printf 'One paragraph.\n' > "$work/one.txt"
run "start-up (import-text of 1 paragraph)" import-text "$work/one.txt" --section text --iskra.data-dir="$work/startup-data"
run "import-wxr, first run" import-wxr "$work/export.xml" --iskra.data-dir="$work/wxr-data"
run "import-wxr, second run" import-wxr "$work/export.xml" --iskra.data-dir="$work/wxr-data"
run "import-text" import-text "$work/posts.txt" --section text --iskra.data-dir="$work/text-data"
