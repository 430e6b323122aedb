#!/usr/bin/env bash
# `multivector dyads --by session` (load, compute, write Parquet, as a whole process) against the R peer
# (peer.R: data.table and BLAS tcrossprod) in the same run, by hand, never in CI. Checks first that both give
# the same dyad-sessions and values, then times each side. Writes a Markdown report to stdout; results.md
# keeps the committed one.
#   bench/dyads/run.sh [RUNS]      RUNS whole-process runs of ours and R compute repeats (default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    echo "Installing r-base-core and r-cran-data.table with apt-get…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-base-core r-cran-data.table >&2
fi

# The CLI as users install it: published (ReadyToRun, see bench/startup).
dotnet publish -c Release src/Multivector.Cli -o "$work/cli" -v quiet -nologo >&2
cli() { "$work/cli/Multivector.Cli" "$@" --store "$work/store.duckdb"; }
cli states >/dev/null  # build the store from the bundled data outside the timed runs
cli export csv votes --out "$work/votes.csv" >/dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Equality first: the peer's table against ours as CSV.
Rscript bench/dyads/peer.R "$work/votes.csv" "$work/peer.csv" "$runs" > "$work/r.txt"
cli dyads --by session --out "$work/ours.csv" >/dev/null
check=$(Rscript bench/dyads/check.R "$work/peer.csv" "$work/ours.csv")
value() { awk -v k="$1" '$1 == k { print $2 }' "$work/r.txt"; }

# Ours, whole process, Parquet, RUNS times; the engine's own stage timings from the last run.
walls=()
for _ in $(seq "$runs"); do
    rm -f "$work/dyads.parquet"
    start=$(date +%s.%N)
    cli dyads --by session --out "$work/dyads.parquet" --json > "$work/ours.json"
    walls+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ours=$(median "${walls[@]}")
ms() { grep -o "\"$1\": [0-9.]*" "$work/ours.json" | awk '{ printf "%.0f", $2 }'; }
noop=()
for _ in $(seq "$runs"); do
    start=$(date +%s.%N); cli states >/dev/null; noop+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
r_compute=$(value compute)

cat <<REPORT
## Dyads: \`multivector dyads\` vs R (data.table + BLAS)

- Machine: $(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB
- Load average (1, 5, 15 min) before: $load_before; after: $load_after
- Date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD); .NET $(dotnet --version); $(R --version | head -1); data.table $(Rscript -e 'cat(as.character(packageVersion("data.table")))'); BLAS $(Rscript -e 'cat(basename(extSoftVersion()[["BLAS"]]))')
- Command: \`bench/dyads/run.sh $runs\`
- Work: every pair of states × every session of the bundled record × seven measures ($(value rows) dyad-sessions)
- Same answers: $check

| work | time (s) | ratio to R compute |
|---|---:|---:|
| R: fread the exported votes (not counted) | $(value load) | – |
| R: compute, median of $runs (one-hot matrices, 6 tcrossprod per session, measures vectorised) | $r_compute | 1.00 |
| **\`multivector dyads --by session --out dyads.parquet\`, whole process, median of $runs** | **$(printf '%.3f' "$ours")** | **$(awk -v r="$r_compute" -v o="$ours" 'BEGIN { x = r / o; printf (x >= 1 ? "%.2f× faster" : "%.2f× (slower: R takes %.2f of our time)"), x, x }')** |
| its stages (last run, ms): load $(ms loadMs), compute $(ms computeMs), stage $(ms stageMs), write $(ms writeMs) | | |
| \`multivector states\` on the built store (a no-op read), whole process, median of $runs | $(printf '%.3f' "$(median "${noop[@]}")") | – |

Whole-process times: ${walls[*]} s.
REPORT
