#!/usr/bin/env bash
# Benchmarks the Lucene search index: rebuild of N generated articles, then two threads of
# two-word queries with facet filters. See docs/benchmarks.md ("Search").
#   bench/search/run.sh [ARTICLES=100000] [QUERIES_PER_THREAD=5000]
# Compiles the project (and unpacks the europarl text into target/test-classes), then compiles
# SearchBench.java against the project's classes into target/bench-classes and runs it with
# XMX (default 2g).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../scripts/java-env.sh
source "$home/scripts/java-env.sh"
cd "$home"
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=runtime >&2
# Without the test framework: its codecs, registered with the ServiceLoader, break every index.
cp="target/classes:$(tr ':' '\n' < target/bench-classpath.txt | grep -v lucene-test-framework | paste -sd:)"
rm -rf target/bench-classes
javac -nowarn -cp "$cp" -d target/bench-classes bench/search/SearchBench.java
exec java ${JAVA_OPTS:-} -Xmx"${XMX:-2g}" --enable-native-access=ALL-UNNAMED -cp "target/bench-classes:$cp" \
  org.iskra.search.lucene.SearchBench "${1:-100000}" "${2:-5000}"
