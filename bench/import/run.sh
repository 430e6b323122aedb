#!/usr/bin/env bash
# The first import in a fresh process: Multivector's import of the bundled unvotes triple into an empty store
# against DuckDB's read_csv of the same three files, each as the first work of its own process, alternating,
# RUNS times each (default 9). By hand, never in CI. Prints a Markdown report (results.md keeps the last).
# The warm, in-process comparison is BenchmarkDotNet's ImportBenchmarks (bench/run.sh --filter '*Import*').
#   bench/import/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
dotnet build -c Release bench/Multivector.Bench/Multivector.Bench.csproj -v quiet -nologo >&2
exe=bench/Multivector.Bench/bin/Release/net10.0/linux-x64/Multivector.Bench
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ours=(); peer=()
for _ in $(seq "$runs"); do
    ours+=("$("$exe" import-once ours | awk '/^import/ { print $2 }')")
    peer+=("$("$exe" import-once duckdb | awk '/^import/ { print $2 }')")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
o=$(median "${ours[@]}"); p=$(median "${peer[@]}")
cat <<REPORT
## Import as the first work of a fresh process

- Machine: $(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }'), $(nproc) cores; load average (1, 5, 15 min) before: $load_before; after: $load_after
- Date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD); .NET $(dotnet --version)
- Command: \`bench/import/run.sh $runs\`: $runs alternating runs of each, the import's own milliseconds

| import of the bundled 916,025 votes, first in its process | median (ms) | runs (ms) | ratio to DuckDB |
|---|---:|---|---:|
| Multivector (read and check with Sep, resolve states, stage, plan, apply in one transaction) | $o | ${ours[*]} | $(awk -v o="$o" -v p="$p" 'BEGIN { printf "%.2f", o / p }') |
| DuckDB \`read_csv\` of the three files into plain tables (no checks) | $p | ${peer[*]} | 1.00 |
REPORT
