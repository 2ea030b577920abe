#!/usr/bin/env bash
# End-to-end runs of the command line: throughput over 100,000 abstracts of JSON Lines, and a 1 GB
# JSON Lines input processed with a 64 MB heap (records are streamed, so memory stays constant).
# Usage: examples/bench/cli-throughput.sh [RECORDS] [BYTES]   (defaults 100000 and 1073741824)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
records=${1:-100000}
bytes=${2:-1073741824}
./paperclaims --version >/dev/null            # builds the jar when it is missing or stale
jar=examples/target/paperclaims-cli.jar
tmp=${TMPDIR:-/tmp}/paperclaims-bench
mkdir -p "$tmp"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

java -cp "$jar" org.paperclaims.bench.CorpusGenerator "$records" "$tmp/corpus.jsonl"
for threads in 1 "$(nproc)"; do
  start=$(date +%s.%N)
  ./paperclaims extract "$tmp/corpus.jsonl" --threads "$threads" -o /dev/null
  end=$(date +%s.%N)
  awk -v n="$records" -v s="$start" -v e="$end" -v t="$threads" \
    'BEGIN { printf "threads %s: %d abstracts in %.2f s = %.0f abstracts/s (wall clock, JVM start included)\n", t, n, e - s, n / (e - s) }'
done

java -cp "$jar" org.paperclaims.bench.CorpusGenerator --bytes "$bytes" "$tmp/big.jsonl"
start=$(date +%s.%N)
PAPERCLAIMS_JAVA_OPTS="-Xmx64m" ./paperclaims extract "$tmp/big.jsonl" --threads "$(nproc)" -o /dev/null
end=$(date +%s.%N)
awk -v b="$bytes" -v s="$start" -v e="$end" \
  'BEGIN { printf "%.0f MB with -Xmx64m in %.1f s = %.1f MB/s\n", b / 1e6, e - s, b / 1e6 / (e - s) }'
rm -f "$tmp/corpus.jsonl" "$tmp/big.jsonl"
