#!/usr/bin/env bash
# The standard chain on one thread, JMH, with the JVM's default tiered compilation and with C2 only
# (-XX:-TieredCompilation), one fork of each in turn for ROUNDS rounds: on a shared machine whose speed drifts
# from minute to minute, alternating forks compares the two fairly, and the median over all measured iterations
# is the figure. Prints each fork's median as it ends, then both medians over all iterations.
# Usage: examples/bench/one-thread.sh [ROUNDS]   (default 8; each round takes about 2 minutes)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rounds=${1:-8}
./paperclaims --version >/dev/null            # builds the jar when it is missing or stale
tmp=$(mktemp -d "${TMPDIR:-/tmp}/paperclaims-one-thread.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The iterations' scores (ops/s) of one JMH log, one per line.
iterations() {
  awk '/^Iteration/ && /ops\/s/ { print $3 }' "$1"
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "none" } else if (NR % 2) { printf "%.0f", a[(NR + 1) / 2] } else { printf "%.0f", (a[NR / 2] + a[NR / 2 + 1]) / 2 } }'
}

for round in $(seq "$rounds"); do
  for benchmark in extractOneThread extractOneThreadC2Only; do
    log="$tmp/$round-$benchmark.log"
    ./paperclaims bench "ExtractionBenchmark.$benchmark\$" -f 1 -i 5 -r 2 >"$log" 2>&1
    iterations "$log" >>"$tmp/$benchmark.txt"
    echo "$(date +%T) round $round $benchmark: fork median $(iterations "$log" | median) abstracts/s"
  done
done
for benchmark in extractOneThread extractOneThreadC2Only; do
  n=$(wc -l <"$tmp/$benchmark.txt")
  echo "$benchmark: median $(median <"$tmp/$benchmark.txt") abstracts/s over $n iterations"
done
