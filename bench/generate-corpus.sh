#!/usr/bin/env bash
# Fills a new SQLite data directory with a generated corpus of published articles.
#   bench/generate-corpus.sh N DATA_DIR [SEED]
# N articles (e.g. 10000), DATA_DIR a directory without articles yet (created if missing), SEED 42 by
# default. Builds target/iskra.jar and the runtime classpath first when they are missing.
set -euo pipefail

usage() {
  echo "usage: bench/generate-corpus.sh N DATA_DIR [SEED]" >&2
  echo "  N         number of articles to generate (a positive whole number)" >&2
  echo "  DATA_DIR  data directory for the store (created; must not hold articles yet)" >&2
  echo "  SEED      random seed (default 42); the same N and SEED give the same corpus" >&2
  exit 2
}

[ $# -ge 2 ] && [ $# -le 3 ] || usage
articles="$1"
data_dir="$2"
seed="${3:-42}"
[[ "$articles" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive whole number, not '$articles'" >&2; usage; }
[[ "$seed" =~ ^-?[0-9]+$ ]] || { echo "SEED must be a whole number, not '$seed'" >&2; usage; }

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/java-env.sh
source "$home/scripts/java-env.sh"
cd "$home"

# Same rule as ./iskra: build when the jar is missing or older than the sources.
if [ ! -f target/iskra.jar ] || [ ! -d target/classes/org/iskra ] \
  || [ -n "$(find src/main pom.xml -newer target/iskra.jar -print -quit)" ]; then
  echo "Building target/iskra.jar (missing or older than the sources)…" >&2
  mvn -q -B -DskipTests package >&2
fi
if [ ! -s target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
  echo "Resolving the runtime classpath…" >&2
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt >&2
fi
cp="$(cat target/bench-classpath.txt):target/classes"

mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -cp "$cp" bench/CorpusGenerator.java \
  --db "jdbc:sqlite:$data_dir/iskra.db" --articles "$articles" --seed "$seed"
