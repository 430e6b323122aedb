#!/usr/bin/env bash
# Load and latency of the dashboard's API (issue 11): wrk (Debian package) at 50 connections for 30 s over a
# mix of profile, pair, votes and compare requests (mix.lua), first on a quiet store, then while another
# process imports ties into the same store again and again (each import publishes a new store file, which the
# dashboard reopens, dropping its cache). A failed import stops the run.. Writes results.md beside this script.
#   bench/web/run.sh [seconds=30] [connections=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-50}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/Multivector.Web >/dev/null
dotnet build -c Release src/Multivector.Cli >/dev/null
web=src/Multivector.Web/bin/Release/net10.0/linux-x64/Multivector.Web.dll
cli=src/Multivector.Cli/bin/Release/net10.0/linux-x64/Multivector.Cli.dll
store="$work/store.duckdb"
dotnet "$cli" states --store "$store" >/dev/null
dotnet "$web" --store "$store" --urls http://127.0.0.1:5181 >"$work/web.log" 2>&1 &
until grep -q "dashboard:" "$work/web.log"; do sleep 0.5; done
url=http://127.0.0.1:5181
# Warm: each request of the mix once (the report cache), then JIT under load, as a dashboard that has
# served its first visitors.
for p in $(grep -o '"/[^"]*"' bench/web/mix.lua | tr -d '"'); do curl -sf -o /dev/null "$url$p"; done
wrk -t2 -c8 -d5s -s bench/web/mix.lua "$url" >/dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)
quiet=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/web/mix.lua "$url" | grep '^RESULT')
echo "quiet: $quiet"
# An importer in another process: a tidy ties file with one new row each time, so every import publishes.
(
  n=0
  while true; do
    n=$((n + 1))
    printf 'state,partner,indicator,year,value,unit\nKAZ,RUS,bench-visits-%d,2020,1,count\n' "$n" >"$work/ties-$n.csv"
    if dotnet "$cli" import ties-csv "$work/ties-$n.csv" --store "$store" >"$work/import.log" 2>&1; then
        echo "$n" >"$work/imports.count"
    else
        cat "$work/import.log" >&2
        exit 1
    fi
  done
) &
sleep 2
busy=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/web/mix.lua "$url" | grep '^RESULT')
imports=$(cat "$work/imports.count" 2>/dev/null || echo 0)
[ "$imports" -gt 0 ] || { echo "no import succeeded during the run" >&2; exit 1; }
echo "during imports ($imports imports): $busy"
{
  echo "# Dashboard API under load"
  echo
  echo "\`bench/web/run.sh $seconds $connections\` on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(date -u +%Y-%m-%d)."
  echo "wrk at $connections connections for ${seconds} s over mix.lua (profiles, pairs, vote searches, a comparison, ties, two pages); the store is the bundled one."
  echo "Load average (1, 5, 15 min) as the quiet run began: $load (the machine is shared; see the note in the README)."
  echo
  echo "| run | result |"
  echo "|---|---|"
  echo "| quiet store | ${quiet#RESULT } |"
  echo "| while another process imports ($imports imports, each publishing a new store) | ${busy#RESULT } |"
} >bench/web/results.md
cat bench/web/results.md
