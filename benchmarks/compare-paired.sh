#!/usr/bin/env bash
# Compares the speed of this working tree with a git revision by running both at the same time,
# one on each of two cores, and swapping the cores between pairs: both builds then see the same
# moment of a machine whose speed drifts (see benchmarks/README.md, "Is a change faster?").
#
#   benchmarks/compare-paired.sh REVISION [SCENARIO] [HOURS] [PAIRS]
#
# SCENARIO defaults to the Beijing inverted pyramid, HOURS (the run's --horizon) to 1500, PAIRS
# to 6. Each run is one replication on one thread, as a separate `govsim run` process. B is this
# working tree, A the revision: a B / A median below 1 means faster now. Needs two cores and taskset.
set -euo pipefail
revision=${1:?usage: benchmarks/compare-paired.sh REVISION [SCENARIO] [HOURS] [PAIRS]}
root=$(cd "$(dirname "$0")/.." && pwd)
scenario=$(realpath "${2:-$root/experiments/beijing/inverted-pyramid.yaml}")
hours=${3:-1500}
pairs=${4:-6}
command -v taskset >/dev/null || { echo "error: taskset is needed to pin each build to a core" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "error: two cores are needed" >&2; exit 2; }

source "$root/benchmarks/build-clis.sh"
build_clis "$revision"

# "... 13,475,609 cases, 91,117,849 events in 20.17 s" -> "13475609 91117849 20.17"
figures() { grep -o '[0-9,]* cases, [0-9,]* events in [0-9.]* s' "$1" | tr -d ',' | awk '{print $1, $3, $6}'; }

echo "$(basename "$scenario"), $hours h, $pairs pairs: A = $revision, B = working tree" >&2
ratios=()
for ((i = 0; i < pairs; i++)); do
  if ((i % 2 == 0)); then core_a=0; core_b=1; else core_a=1; core_b=0; fi
  taskset -c $core_a dotnet "$work/cli-a/GovSim.Cli.dll" run "$scenario" -r 1 --threads 1 --horizon "$hours" --out "$work/out-a" >"$work/a.txt" 2>&1 &
  taskset -c $core_b dotnet "$work/cli-b/GovSim.Cli.dll" run "$scenario" -r 1 --threads 1 --horizon "$hours" --out "$work/out-b" >"$work/b.txt" 2>&1 &
  wait
  read -r cases_a events_a time_a < <(figures "$work/a.txt") || { cat "$work/a.txt" >&2; exit 1; }
  read -r cases_b events_b time_b < <(figures "$work/b.txt") || { cat "$work/b.txt" >&2; exit 1; }
  if [ "$cases_a" != "$cases_b" ] || [ "$events_a" != "$events_b" ]; then
    echo "warning: the builds did different work (A $cases_a cases, $events_a events; B $cases_b cases, $events_b events)" >&2
  fi
  ratio=$(awk -v a="$time_a" -v b="$time_b" 'BEGIN { printf "%.3f", b / a }')
  ratios+=("$ratio")
  echo "pair $((i + 1)): A $time_a s (core $core_a), B $time_b s (core $core_b), B / A $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "B / A: median %.3f over %d pairs\n", m, NR }'
