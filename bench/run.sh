#!/usr/bin/env bash
# Builds the benchmarks in Release, runs the untimed checks, then both benchmark classes, and writes
# bench/results/{import,dyads}.md with the machine named at the top. On demand only; never in CI.
# Extra arguments go to BenchmarkDotNet, e.g. `bench/run.sh --filter '*Dyad*'`.
set -euo pipefail
cd "$(dirname "$0")/.."
results=bench/results
artifacts=bench/BenchmarkDotNet.Artifacts
mkdir -p "$results"

dotnet build -c Release bench/Multivector.Bench/Multivector.Bench.csproj -v quiet -nologo
exe=bench/Multivector.Bench/bin/Release/net10.0/linux-x64/Multivector.Bench

machine() {
    echo "- Machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name:[[:space:]]*//'), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
    echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "- .NET SDK $(dotnet --version); $(grep -o 'DuckDB.NET.Data.Full" Version="[^"]*' Directory.Packages.props | sed 's/" Version="/ /')"
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$exe" verify | tee "$results/dyads-verify.txt"
"$exe" profile-import | tee "$results/import-profile.txt"
if [ $# -eq 0 ]; then set -- --filter '*'; fi
"$exe" --artifacts "$artifacts" "$@"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

write() { # $1 result file, $2 benchmark class, $3 title
    local report="$artifacts/results/Multivector.Bench.$2-report-github.md"
    [ -f "$report" ] || return 0
    {
        echo "# $3"
        echo
        machine
        echo "- Load average (1, 5, 15 min) before the run: $load_before; after: $load_after."
        echo "  The machine is shared: other builds may have been running at the same time, so absolute"
        echo "  times are noisy. Both sides of each comparison ran in the same session, one after the other."
        echo
        cat "$report"
    } > "$results/$1"
    echo "wrote $results/$1"
}
write import.md ImportBenchmarks "Import: Multivector vs DuckDB read_csv"
write dyads.md DyadBenchmarks "All dyads × sessions × measures: C# vs DuckDB SQL"
