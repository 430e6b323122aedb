#!/usr/bin/env bash
# Multivector's ideal points against R's pscl::ideal (MCMC), by hand, never in CI.
#   1. one session (default 70) coded binary yes/no: pscl::ideal vs `multivector ideal --binary`, wall time and r;
#   2. the same session ordinal (yes/abstain/no): how far the ordinal fit moves from the binary one;
#   3. the whole bundled history, by session, ordinal, no bootstrap: run time.
# Writes a Markdown report to stdout; copy it into results.md with the machine named.
set -euo pipefail
cd "$(dirname "$0")/../.."
session=${1:-70}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! Rscript -e 'library(pscl)' >/dev/null 2>&1; then
    echo "Installing r-base-core and r-cran-pscl with apt-get…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-base-core r-cran-pscl >&2
fi

dotnet build -c Release src/Multivector.Cli -o "$work/cli" >&2
cli() { "$work/cli/Multivector.Cli" "$@" --store "$work/store.duckdb"; }
cli states >/dev/null  # build the store from the bundled data outside the timed runs

seconds_of() { grep -o '"seconds": [0-9.]*' | head -1 | awk '{print $2}'; }
fit_of() { grep -o '"fitSeconds": [0-9.]*' | head -1 | awk '{print $2}'; }
now() { date +%s.%N; }

start=$(now); cli ideal --sessions "$session" --binary --bootstrap 0 --refit --json > "$work/binary.json"; binary_wall=$(echo "$(now) - $start" | bc)
binary_engine=$(seconds_of < "$work/binary.json"); binary_fit=$(fit_of < "$work/binary.json")
start=$(now); ordinal_engine=$(cli ideal --sessions "$session" --bootstrap 0 --refit --json | seconds_of); ordinal_wall=$(echo "$(now) - $start" | bc)
start=$(now); cli ideal --bootstrap 0 --refit --json > "$work/history.json"; history_wall=$(echo "$(now) - $start" | bc)
history_engine=$(seconds_of < "$work/history.json"); history_fit=$(fit_of < "$work/history.json")
history_line=$(cli ideal 2>/dev/null --bootstrap 0 | sed -n 2,3p | tr '\n' ' ')
start=$(now); boot_engine=$(cli ideal --sessions "$session" --bootstrap 20 --refit --json | seconds_of); boot_wall=$(echo "$(now) - $start" | bc)

cli export csv votes --out "$work/votes.csv" >/dev/null
cli export csv ideal-points --out "$work/ideal.csv" >/dev/null
# Runs in this fresh store: 1 binary session, 2 ordinal session, 3 whole history, 4 session with bootstrap.
Rscript bench/ideal/pscl.R "$work/votes.csv" "$work/ideal.csv" "$session" 1 2 > "$work/r.txt"
value() { awk -v k="$1" '$1 == k { print $2 }' "$work/r.txt"; }

cat <<REPORT
## Ideal points: Multivector vs pscl::ideal

- Machine: $(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)
- Date: $(date -u +%Y-%m-%dT%H:%MZ); .NET $(dotnet --version); $(R --version | head -1); pscl $(Rscript -e 'cat(as.character(packageVersion("pscl")))')
- Command: \`bench/ideal/run.sh $session\`

### Session $session, binary yes/no ($(value states) states × $(value rollcalls) roll calls after the 2.5% lopsidedness cut)

| Fit | Wall time (s) | Speed-up | r with pscl |
|---|---:|---:|---:|
| pscl::ideal, MCMC ($(value mcmc)), \`ideal()\` alone | $(value pscl_seconds) | 1× | – |
| Multivector EM fit alone (the same step) | $binary_fit | $(echo "scale=0; $(value pscl_seconds) / $binary_fit" | bc)× | $(value r_binary) |
| Multivector \`ideal --binary\` request (reading votes from the store, fit, storing) | $binary_engine | $(echo "scale=0; $(value pscl_seconds) / $binary_engine" | bc)× | |
| Multivector \`ideal --binary\` (whole process, incl. .NET start-up) | $binary_wall | $(echo "scale=0; $(value pscl_seconds) / $binary_wall" | bc)× | |

### Session $session, ordinal yes/abstain/no

- Engine time $ordinal_engine s (process $ordinal_wall s); with the default 20 bootstrap replicates $boot_engine s (process $boot_wall s).
- Correlation of the ordinal positions with the binary ones: r = $(value r_ordinal_binary); with pscl's binary means: r = $(value r_ordinal_pscl).

### Whole history (every session, ordinal, no bootstrap)

- EM fit $history_fit s; the whole request $history_engine s (process $history_wall s). $history_line
REPORT
