#!/usr/bin/env bash
# End-to-end runs of the command line: throughput over RECORDS abstracts of JSON Lines (median of RUNS runs,
# on one thread and on all cores), and a BYTES-sized JSON Lines input processed with a 64 MB heap (records
# are streamed, so memory stays constant; the peak resident size is printed).
# Runs go through the ./paperclaims launcher, so its JVM defaults apply (see that script).
# Usage: examples/bench/cli-throughput.sh [RECORDS] [BYTES] [RUNS]   (defaults 100000, 1073741824 and 3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
records=${1:-100000}
bytes=${2:-1073741824}
runs=${3:-3}
./paperclaims --version >/dev/null            # builds the jar when it is missing or stale
jar=examples/target/paperclaims-cli.jar
java_bin=java                                 # the JDK the launcher runs: JAVA_HOME's, else the PATH's
if [ -n "${JAVA_HOME:-}" ]; then
  java_bin="$JAVA_HOME/bin/java"
fi
tmp=${TMPDIR:-/tmp}/paperclaims-bench
mkdir -p "$tmp"
echo "machine: $(nproc) cores, $("$java_bin" -version 2>&1 | head -1)"

"$java_bin" -cp "$jar" org.paperclaims.bench.CorpusGenerator "$records" "$tmp/corpus.jsonl"
for threads in 1 "$(nproc)"; do
  rates=()
  for run in $(seq "$runs"); do
    start=$(date +%s.%N)
    ./paperclaims extract "$tmp/corpus.jsonl" --threads "$threads" -o /dev/null 2>"$tmp/summary.txt"
    end=$(date +%s.%N)
    rates+=("$(awk -v n="$records" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }')")
  done
  median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "threads $threads: runs ${rates[*]} abstracts/s, median $median (wall clock, JVM start included); $(tail -1 "$tmp/summary.txt")"
done

"$java_bin" -cp "$jar" org.paperclaims.bench.CorpusGenerator --bytes "$bytes" "$tmp/big.jsonl"
lines=$(wc -l < "$tmp/big.jsonl")
start=$(date +%s.%N)
PAPERCLAIMS_JAVA_OPTS="-Xmx64m" /usr/bin/time -f "%M" -o "$tmp/rss.txt" ./paperclaims extract "$tmp/big.jsonl" \
  --threads "$(nproc)" -o /dev/null 2>"$tmp/summary.txt"
end=$(date +%s.%N)
awk -v b="$(stat -c %s "$tmp/big.jsonl")" -v n="$lines" -v s="$start" -v e="$end" -v rss="$(cat "$tmp/rss.txt")" \
  'BEGIN { printf "%.0f MB (%d records) with -Xmx64m in %.1f s = %.1f MB/s, %.0f records/s, peak RSS %.0f MB\n", b / 1e6, n, e - s, b / 1e6 / (e - s), n / (e - s), rss / 1024 }'
echo "summary: $(tail -1 "$tmp/summary.txt")"
rm -f "$tmp/corpus.jsonl" "$tmp/big.jsonl" "$tmp/summary.txt" "$tmp/rss.txt"
