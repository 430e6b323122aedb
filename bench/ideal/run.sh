#!/usr/bin/env bash
# Multivector's ideal points against R's peers in one run, by hand, never in CI:
#   1. the whole record by session, ordinal, with the default 20 bootstrap replicates: the ≤ 30 s target, 3 runs;
#   2. one session (default 70) coded binary: pscl::ideal (MCMC) against `ideal --binary`;
#   3. the same session ordinal: emIRT's ordIRT against `ideal` (no bootstrap);
#   4. the whole record binary by session: emIRT's dynIRT against `ideal --binary` (no bootstrap);
#   and the correlations among the fits, pooled over state-periods and per session.
# Usage: bench/ideal/run.sh [SESSION] [EMIRT_SOURCE]
#   EMIRT_SOURCE is emIRT's source package (a folder or a .tar.gz), which Debian does not ship: it is built into a
#   temporary R library (r-base-dev and r-cran-rcpparmadillo give the toolchain) and deleted afterwards. Never
#   commit it. Without it, parts 3 and 4 are skipped. EMIRT_LIB=/path/to/an/R/library that already holds emIRT
#   (from an earlier build) skips the ~8 minute compilation.
# Writes a Markdown report to stdout; copy it into results.md with the machine named.
set -euo pipefail
cd "$(dirname "$0")/../.."
session=${1:-70}
emirt_source=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need=(r-base-core r-base-dev r-cran-pscl r-cran-data.table r-cran-rcpparmadillo)
if ! Rscript -e 'library(pscl); library(data.table); library(RcppArmadillo)' >/dev/null 2>&1; then
    echo "Installing ${need[*]} with apt-get…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi
if [ -n "${EMIRT_LIB:-}" ]; then
    ln -s "$EMIRT_LIB" "$work/rlib"
    emirt_source=${emirt_source:-$EMIRT_LIB}
elif [ -n "$emirt_source" ]; then
    mkdir -p "$work/rlib"
    echo "Building emIRT from $emirt_source into a temporary library…" >&2
    R CMD INSTALL --no-docs --no-html --library="$work/rlib" "$emirt_source" >"$work/emirt-install.log" 2>&1 \
        || { tail -20 "$work/emirt-install.log" >&2; exit 1; }
fi

dotnet build -c Release src/Multivector.Cli -o "$work/cli" >&2
cli() { "$work/cli/Multivector.Cli" "$@" --store "$work/store.duckdb"; }
cli states >/dev/null  # build the store from the bundled data outside the timed runs

field() { grep -o "\"$1\": [0-9.]*" | head -1 | awk '{print $2}'; }
now() { date +%s.%N; }
elapsed() { printf '%.2f' "$(echo "$(now) - $1" | bc)"; }
two() { printf '%.2f' "$1"; }

history_runs=()
for i in 1 2 3; do
    start=$(now); cli ideal --refit --json > "$work/history$i.json"; wall=$(elapsed "$start")
    history_runs+=("$(two "$(field seconds < "$work/history$i.json")") $(two "$(field fitSeconds < "$work/history$i.json")") $wall")
done
history_run=$(field runId < "$work/history3.json")
history_iterations=$(field iterations < "$work/history3.json")
start=$(now); cli ideal --sessions "$session" --binary --bootstrap 0 --refit --json > "$work/binary.json"; binary_wall=$(elapsed "$start")
binary_run=$(field runId < "$work/binary.json"); binary_fit=$(printf '%.3f' "$(field fitSeconds < "$work/binary.json")")
start=$(now); cli ideal --sessions "$session" --bootstrap 0 --refit --json > "$work/ordinal.json"; ordinal_wall=$(elapsed "$start")
ordinal_run=$(field runId < "$work/ordinal.json"); ordinal_fit=$(printf '%.3f' "$(field fitSeconds < "$work/ordinal.json")")
start=$(now); cli ideal --binary --bootstrap 0 --refit --json > "$work/binary-history.json"; binary_history_wall=$(elapsed "$start")
binary_history_run=$(field runId < "$work/binary-history.json"); binary_history_fit=$(two "$(field fitSeconds < "$work/binary-history.json")")
binary_history_iterations=$(field iterations < "$work/binary-history.json")
history_line="$(field rollCalls < "$work/binary-history.json") contested roll calls ($(field dropped < "$work/binary-history.json") near-unanimous dropped) as $(field items < "$work/binary-history.json") items; $(field bridges < "$work/binary-history.json") bridges join $(field bridgedRollCalls < "$work/binary-history.json") roll calls."

cli export csv votes --out "$work/votes.csv" >/dev/null
cli export csv ideal-points --out "$work/ideal.csv" >/dev/null
Rscript bench/ideal/pscl.R "$work/votes.csv" "$work/ideal.csv" "$session" "$binary_run" "$ordinal_run" > "$work/pscl.txt"
if [ -n "$emirt_source" ]; then
    Rscript bench/ideal/emirt.R "$work/votes.csv" "$work/ideal.csv" "$session" "$ordinal_run" "$binary_history_run" "$history_run" "$work/rlib" > "$work/emirt.txt"
else
    : > "$work/emirt.txt"
fi
value() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$work/pscl.txt" "$work/emirt.txt"; }
ratio() { echo "scale=1; $1 / $2" | bc; }

cat <<REPORT
## Ideal points: Multivector against pscl::ideal and emIRT, in one run

- Machine: $(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)
- Date: $(date -u +%Y-%m-%dT%H:%MZ); .NET $(dotnet --version); $(R --version | head -1); pscl $(Rscript -e 'cat(as.character(packageVersion("pscl")))')$([ -n "$emirt_source" ] && echo "; emIRT $(Rscript -e "cat(as.character(packageVersion('emIRT', lib.loc = '$work/rlib')))") built from source")
- Command: \`bench/ideal/run.sh $session${emirt_source:+ EMIRT_SOURCE}\`

### The whole record by session, ordinal, 20 bootstrap replicates (target ≤ 30 s)

| Run | Request (s) | EM fit alone (s) | Whole process (s) |
|---|---:|---:|---:|
$(for i in 0 1 2; do set -- ${history_runs[$i]}; echo "| $((i + 1)) | $1 | $2 | $3 |"; done)

$history_iterations EM iterations for the fit; each replicate re-estimates the positions with the roll calls held (docs/methodology.md, "Uncertainty").

### Session $session, binary yes/no ($(value states) states × $(value rollcalls) roll calls after the 2.5% cut)

| Fit | Wall time (s) | Speed-up | r with pscl |
|---|---:|---:|---:|
| pscl::ideal, MCMC ($(value mcmc)), \`ideal()\` alone | $(value pscl_seconds) | 1× | – |
| Multivector EM fit alone | $binary_fit | $(ratio "$(value pscl_seconds)" "$binary_fit")× | $(value r_binary) |
| Multivector \`ideal --binary\`, whole process | $binary_wall | $(ratio "$(value pscl_seconds)" "$binary_wall")× | |
REPORT

if [ -n "$emirt_source" ]; then
cat <<REPORT

### Session $session, ordinal yes/abstain/no: emIRT's ordIRT ($(value ord_states) states × $(value ord_rollcalls) roll calls)

| Fit | Wall time (s) | r |
|---|---:|---:|
| emIRT \`ordIRT()\` alone ($(value ord_iterations) iterations) | $(value ord_seconds) | – |
| Multivector EM fit alone | $ordinal_fit | $(value ord_r) with ordIRT |
| Multivector \`ideal\`, whole process | $ordinal_wall | |

### The whole record by session, binary: emIRT's dynIRT ($(value dyn_states) states × $(value dyn_rollcalls) roll calls × $(value dyn_periods) sessions)

| Fit | Wall time (s) | Iterations |
|---|---:|---:|
| emIRT \`dynIRT()\` alone, 2 threads, ω² = 0.1 | $(value dyn_seconds) | $(value dyn_iterations) (converged: $(value dyn_converged)) |
| Multivector EM fit alone, binary | $binary_history_fit | $binary_history_iterations |
| Multivector \`ideal --binary\`, whole process | $binary_history_wall | |

dynIRT is $(ratio "$(value dyn_seconds)" "$binary_history_fit")× slower than Multivector's EM fit on the same votes.

$history_line

| dynIRT against | State-periods | Pooled r | Per session, median r | Per session, worst r |
|---|---:|---:|---:|---:|
| Multivector binary (the same votes) | $(value dyn_binary_cells) | $(value dyn_binary_pooled) | $(value dyn_binary_session_median) | $(value dyn_binary_session_worst) |
| Multivector ordinal (the default run) | $(value dyn_ordinal_cells) | $(value dyn_ordinal_pooled) | $(value dyn_ordinal_session_median) | $(value dyn_ordinal_session_worst) |
REPORT
fi
