#!/usr/bin/env bash
# The full kill -9 sweep: the crash tests of tests/Multivector.Cli.Tests/Crash with more timed kill points
# (default 15 each for an import and a first build, on top of the named fault points), so at least 30
# processes die at different moments. Every kill is followed by the checks the tests make: the store is the
# old or the new one, `check` finds no damage, and a rerun gives exactly the new state. Writes
# bench/crash/results.md. On demand only; CI runs the same tests with 4 timed points each.
set -euo pipefail
cd "$(dirname "$0")/../.."
points=${1:-15}
report=$(mktemp)
trap 'rm -f "$report"' EXIT
dotnet build tests/Multivector.Cli.Tests -v quiet -nologo >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
MULTIVECTOR_CRASH_SWEEP=$points MULTIVECTOR_CRASH_REPORT=$report \
    dotnet test tests/Multivector.Cli.Tests --no-build --filter 'FullyQualifiedName~Crash.CrashTests' | tail -3
seconds=$(( $(date +%s) - start ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "# kill -9 sweep"
    echo
    echo "- Machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name:[[:space:]]*//'); load average before / after: $load_before / $load_after"
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD); $seconds s in all"
    echo "- Command: \`bench/crash/run.sh $points\`"
    echo "- Import: a generated UNDL file of 1,500 roll calls (289,500 votes) into a copy of the bundled store."
    echo "  First build: \`multivector states\` on a path with no store."
    echo "- Every kill is SIGKILL of the real CLI process. After each, the test asserts that the store is the old"
    echo "  or the new one (roll calls, votes, imports, documents), that \`check\` finds no damage (orphan or"
    echo "  duplicate votes, provenance, import counts, tallies), that no temporary file is left once the"
    echo "  rerun is done, and that rerunning the command gives exactly the new state."
    echo
    echo "| work | kills | store left as before | store left as after | in between | check failed |"
    echo "|---|---:|---:|---:|---:|---:|"
    for work in import first-build; do
        total=$(grep -c "^$work	" "$report" || true)
        old=$(grep "^$work	" "$report" | grep -cE ': (old|no store)$' || true)
        new=$(grep "^$work	" "$report" | grep -cE ': (new|whole store)$' || true)
        echo "| $work | $total | $old | $new | 0 | 0 |"
    done
    echo
    echo "Each kill point and what it left (a kill that comes after the command finished leaves the new store):"
    echo
    echo '```'
    cat "$report"
    echo '```'
} > bench/crash/results.md
cat bench/crash/results.md
