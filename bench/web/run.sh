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
dotnet "$web" --store "$store" --urls http://127.0.0.1:5181 --ideal off >"$work/web.log" 2>&1 &
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
# Votes imports in another process, one after another for the whole run: generated UNDL files of 1,500 roll
# calls each (289,500 votes, as bench/crash uses), so an import is always running and each publishes once.
kill %2 2>/dev/null || true
wait %2 2>/dev/null || true
python3 - "$work" <<'PY'
import gzip, csv, sys, os
work = sys.argv[1]
members = sorted({r['ms_code'] for r in csv.DictReader(gzip.open('data/undl/ga_votes_2021-12_2025-08.csv.gz', 'rt')) if r['session'] == '79'})
votes = ['Y', 'N', 'A', 'X']
for k in range(8):
    with open(os.path.join(work, f'big-{k}.csv'), 'w') as f:
        f.write('undl_id,ms_code,ms_name,ms_vote,date,session,resolution,title,total_yes,total_no,total_abstentions,total_non_voting\n')
        for r in range(1500):
            n = k * 1500 + r
            cast = [votes[(n * 7 + s * 3) % 4] for s in range(len(members))]
            tally = ','.join(str(cast.count(v)) for v in votes)
            date = f'2024-{10 + (n % 3)}-{1 + n % 28:02d}'
            for code, v in zip(members, cast):
                f.write(f'{8000000 + n},{code},{code},{v},{date},79,A/RES/79/{9000 + n},Generated resolution {n},{tally}\n')
PY
(
  for k in 0 1 2 3 4 5 6 7; do
    dotnet "$cli" import undl "$work/big-$k.csv" --store "$store" >"$work/big.log" 2>&1 || { cat "$work/big.log" >&2; exit 1; }
    echo "$((k + 1))" >"$work/big.count"
  done
) &
sleep 1
big=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/web/mix.lua "$url" | grep '^RESULT')
bigs=$(cat "$work/big.count" 2>/dev/null || echo 0)
echo "during vote imports ($bigs finished): $big"

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
  echo "| while another process imports ties back to back ($imports imports of one row, each publishing a new store) | ${busy#RESULT } |"
  echo "| while another process imports votes throughout (1,500 roll calls, 289,500 votes each; $bigs finished and published in the run) | ${big#RESULT } |"
} >bench/web/results.md
cat bench/web/results.md
