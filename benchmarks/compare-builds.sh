#!/usr/bin/env bash
# Compares the speed of this working tree with a git revision, both builds in one process,
# alternating (see benchmarks/GovSim.BuildComparison/Program.cs for why).
#
#   benchmarks/compare-builds.sh REVISION [SCENARIO] [HOURS] [ROUNDS]
#
# SCENARIO defaults to the Beijing inverted pyramid, HOURS (run length, 24 of them warm-up) to 120,
# ROUNDS to 8. B is this working tree, A the revision: a B / A median below 1 means faster now.
set -euo pipefail
revision=${1:?usage: benchmarks/compare-builds.sh REVISION [SCENARIO] [HOURS] [ROUNDS]}
root=$(cd "$(dirname "$0")/.." && pwd)
scenario=$(realpath "${2:-$root/experiments/beijing/inverted-pyramid.yaml}")
hours=${3:-120}
rounds=${4:-8}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/revision"
git -C "$root" archive "$revision" | tar -x -C "$work/revision"

# A library build copies its NuGet dependencies only when asked: the loader needs them beside it.
echo "building $revision and the working tree (Release)..." >&2
dotnet build "$work/revision/src/GovSim.Models" -c Release -p:CopyLocalLockFileAssemblies=true -o "$work/a" --artifacts-path "$work/artifacts-a" -v q -nologo >/dev/null
dotnet build "$root/src/GovSim.Models" -c Release -p:CopyLocalLockFileAssemblies=true -o "$work/b" --artifacts-path "$work/artifacts-b" -v q -nologo >/dev/null
dotnet build "$root/benchmarks/GovSim.BuildComparison" -c Release -o "$work/tool" --artifacts-path "$work/artifacts-tool" -v q -nologo >/dev/null

cat > "$work/scenario.yaml" <<YAML
kind: governance
extends: $scenario
run: { length: $hours, warmup: 24 }
YAML
echo "$(basename "$scenario"), $hours h, $rounds rounds: A = $revision, B = working tree" >&2
dotnet "$work/tool/GovSim.BuildComparison.dll" "$work/a" "$work/b" "$work/scenario.yaml" "$rounds"
