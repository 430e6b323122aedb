#!/usr/bin/env bash
# Whole-process start-up of read commands on a built store, by hand, never in CI: the CLI as `dotnet publish`
# makes it (ReadyToRun, no PGO; what `dotnet tool install` gets) against a plain Release build, each command
# RUNS times (default 11), median and spread. Writes a Markdown report to stdout; results.md keeps the last.
#   bench/startup/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/Multivector.Cli -c Release -o "$work/published" -v quiet -nologo >&2
dotnet build src/Multivector.Cli -c Release -o "$work/built" -p:TieredPGO=true -v quiet -nologo >&2
"$work/published/Multivector.Cli" states --store "$work/store.duckdb" >/dev/null 2>&1  # build the store once

times() { # prints RUNS wall times in ms of the command
    for _ in $(seq "$runs"); do
        local start; start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        echo $(( ($(date +%s%N) - start) / 1000000 ))
    done
}
stats() { sort -n | awk '{ a[NR] = $1 } END { printf "%d | %d–%d", a[int((NR + 1) / 2)], a[1], a[NR] }'; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
for command in "--version" "states" "votes A/RES/68/262 --states KAZ,UZB" "agree KAZ RUS --years 2022 --replicates 0" "profile KAZ --years 2022 --replicates 0"; do
    store=(--store "$work/store.duckdb"); [ "$command" = "--version" ] && store=()
    # shellcheck disable=SC2086
    published=$(times "$work/published/Multivector.Cli" $command "${store[@]}" | stats)
    # shellcheck disable=SC2086
    built=$(times "$work/built/Multivector.Cli" $command "${store[@]}" | stats)
    rows+="| \`multivector $command\` | $published | $built |"$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<REPORT
## Start-up: read commands as whole processes

- Machine: $(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }'), $(nproc) cores; load average (1, 5, 15 min) before: $load_before; after: $load_after
- Date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD); .NET $(dotnet --version)
- Command: \`bench/startup/run.sh $runs\`; $runs runs of each command on a built store, wall time in ms

| command | published (ReadyToRun, no PGO): median | range | plain build (JIT, PGO): median | range |
|---|---:|---:|---:|---:|
$(printf '%s' "$rows" | sed 's/ | \([0-9]*\)–\([0-9]*\) |/ | \1–\2 |/g')
REPORT
