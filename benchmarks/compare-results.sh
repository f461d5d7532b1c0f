#!/usr/bin/env bash
# Checks that this working tree computes the same numbers as a git revision: for a change meant
# to make the simulator faster, not different. Runs the same comparisons with both builds and
# compares every CSV they write, byte for byte.
#
#   benchmarks/compare-results.sh REVISION
#
# The runs: the teaching city with every mechanism switched off in turn and the per-case log
# (compare --ablate --cases), the Beijing preset for 300 h, and its intraday variant (a time-of-day
# profile) for 200 h with the per-case log. About a minute on two cores.
set -euo pipefail
revision=${1:?usage: benchmarks/compare-results.sh REVISION}
root=$(cd "$(dirname "$0")/.." && pwd)
experiments=$root/experiments

source "$root/benchmarks/build-clis.sh"
build_clis "$revision"

run_all() { # CLI_FOLDER OUT_FOLDER
    local cli=$1/GovSim.Cli.dll out=$2
    dotnet "$cli" compare "$experiments/teaching-city/inverted-pyramid.yaml" "$experiments/teaching-city/double-pyramid.yaml" \
        --ablate --cases -o "$out/teaching-city" >/dev/null
    dotnet "$cli" compare "$experiments/beijing/inverted-pyramid.yaml" "$experiments/beijing/double-pyramid.yaml" \
        --horizon 300 --warmup 24 -r 2 -o "$out/beijing" >/dev/null
    dotnet "$cli" compare "$experiments/beijing/inverted-pyramid-intraday.yaml" "$experiments/beijing/double-pyramid-intraday.yaml" \
        --horizon 200 --warmup 24 -r 2 --cases -o "$out/beijing-intraday" >/dev/null
}
echo "running $revision..." >&2
run_all "$work/cli-a" "$work/out-a"
echo "running the working tree..." >&2
run_all "$work/cli-b" "$work/out-b"

# Figures are left out (their metadata may name the build); every CSV is compared.
(cd "$work/out-a" && find . -name '*.csv' | sort) > "$work/files-a"
(cd "$work/out-b" && find . -name '*.csv' | sort) > "$work/files-b"
if ! diff -q "$work/files-a" "$work/files-b" >/dev/null; then
    echo "the two builds write different sets of CSV files:"
    diff "$work/files-a" "$work/files-b" || true
    exit 1
fi
differing=0
while read -r file; do
    if ! cmp -s "$work/out-a/$file" "$work/out-b/$file"; then
        differing=$((differing + 1))
        echo "differs: ${file#./}"
        diff <(head -c 100000 "$work/out-a/$file") <(head -c 100000 "$work/out-b/$file") | head -6 | sed 's/^/    /'
    fi
done < "$work/files-a"
total=$(wc -l < "$work/files-a")
if [ "$differing" -eq 0 ]; then
    echo "all $total CSV files are byte-identical"
else
    echo "$differing of $total CSV files differ"
    exit 1
fi
