#!/usr/bin/env bash
# Peak memory (RSS) and time of the text analyses on long statements: 50 KB, 500 KB and 5 MB statements made
# by concatenating the bundled US joint statements, through topics, compare and reuse, lexical and semantic.
# Writes bench/memory/results.md. On demand only; the 5 MB semantic runs take minutes each.
# Usage: bench/memory/run.sh [sizes...]   (default: 50000 500000 5000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null
sizes=("${@:-50000 500000 5000000}")
read -r -a sizes <<< "${sizes[*]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Multivector.Cli -v quiet -nologo >/dev/null
cli=(dotnet src/Multivector.Cli/bin/Release/net10.0/linux-x64/Multivector.Cli.dll)
export MULTIVECTOR_STORE="$work/store.duckdb"
"${cli[@]}" states >/dev/null 2>&1

python3 - "$work" "${sizes[@]}" <<'PY'
import gzip, json, os, sys
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
corpus = "\n\n".join(json.loads(l)["text"] for l in gzip.open("data/statements/us-joint-statements.jsonl.gz", "rt"))
for size in sizes:
    folder = os.path.join(work, f"long{size}")
    os.makedirs(folder)
    body = (corpus * (size // len(corpus) + 1))[:size]
    with open(os.path.join(folder, f"long-{size}.txt"), "w") as f:
        f.write(f"TITLE: Synthetic statement of {size} characters\nDATE: 2024-01-01\nISSUERS: USA KAZ\n=====\n{body}")
PY

measure() { # label, command...
    local label=$1; shift
    rm -f "$MULTIVECTOR_STORE.minilm"
    local out
    /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null 2>&1
    out=$(tail -1 "$work/time")
    printf '| %s | %s | %s |\n' "$label" "$(echo "$out" | cut -d' ' -f1)" "$(( $(echo "$out" | cut -d' ' -f2) / 1024 ))"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
for size in "${sizes[@]}"; do
    rows+=("$(measure "import $size chars" "${cli[@]}" texts import "$work/long$size" --max-chars 6000000)")
    doc="long-$size"
    rows+=("$(measure "topics $size, lexical" "${cli[@]}" topics "$doc" --lexical)")
    rows+=("$(measure "topics $size, semantic" "${cli[@]}" topics "$doc")")
    rows+=("$(measure "compare $size + Samarkand, lexical" "${cli[@]}" compare "$doc" c5plus1-samarkand --lexical)")
    rows+=("$(measure "compare $size + Samarkand, semantic" "${cli[@]}" compare "$doc" c5plus1-samarkand)")
    rows+=("$(measure "reuse $size" "${cli[@]}" reuse "$doc")")
    printf '%s\n' "${rows[@]: -6}" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
    echo "# Memory and time of the text analyses on long statements"
    echo
    echo "- Machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name:[[:space:]]*//'), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
    echo "- .NET SDK $(dotnet --version); date $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
    echo "- Load average before / after: $load_before / $load_after"
    echo "- Each row is one whole process (\`/usr/bin/time\`), with the embedding cache file removed first, so"
    echo "  semantic runs embed every clause. The statements are the bundled US joint statements repeated."
    echo
    echo "| run | seconds | peak RSS (MB) |"
    echo "|---|---:|---:|"
    printf '%s\n' "${rows[@]}"
} > bench/memory/results.md
cat bench/memory/results.md
