#!/usr/bin/env bash
# Reproduces every experiment of experiments/README.md from scratch, and with them every figure and
# report the project's README shows (copied to docs/figures/). Deterministic: the seeds are in the
# scenario files, so a second run writes the same numbers into the same CSV files.
#
#   experiments/reproduce-all.sh            # everything (about 2 minutes on two cores)
#   experiments/reproduce-all.sh load       # only the named experiments
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
govsim=./govsim
figures=docs/figures
mkdir -p "$figures"

teaching=(experiments/teaching-city/inverted-pyramid.yaml experiments/teaching-city/double-pyramid.yaml)
beijing=(experiments/beijing/inverted-pyramid.yaml experiments/beijing/double-pyramid.yaml)

teaching-city() {
  "$govsim" compare "${teaching[@]}" --out experiments/teaching-city/results \
      --report experiments/teaching-city/results/report.html
  cp experiments/teaching-city/results/resolution-ecdf.png "$figures/teaching-city-resolution-ecdf.png"
  cp experiments/teaching-city/results/differences.png "$figures/teaching-city-differences.png"
  cp experiments/teaching-city/results/backlog.png "$figures/teaching-city-backlog.png"
  cp experiments/teaching-city/results/report.html docs/teaching-city-report.html
  "$govsim" compare experiments/teaching-city/uneven-inverted-pyramid.yaml experiments/teaching-city/uneven-double-pyramid.yaml \
      --out experiments/teaching-city/results/uneven
  "$govsim" compare experiments/teaching-city/uneven-by-size-inverted-pyramid.yaml experiments/teaching-city/uneven-by-size-double-pyramid.yaml \
      --out experiments/teaching-city/results/uneven-by-size
}

beijing() {
  "$govsim" compare "${beijing[@]}" --out experiments/beijing/results \
      --report experiments/beijing/results/report.html
  cp experiments/beijing/results/resolution-by-category.png "$figures/beijing-resolution-by-category.png"
  cp experiments/beijing/results/utilisation.png "$figures/beijing-utilisation.png"
}

staff-moved() {
  "$govsim" sweep experiments/staff-moved/inverted-pyramid-30d.yaml \
      --set 'units.district.departments.staff+units.street.sections.staff=400+7,316+11,232+15,148+19,64+23' \
      --out experiments/staff-moved/results/inverted
  "$govsim" sweep experiments/staff-moved/double-pyramid-30d.yaml \
      --set 'units.district.departments.staff+units.street.enforcement-team.staff=486+6,402+10,318+14,234+18,150+22' \
      --out experiments/staff-moved/results/double
  cp "experiments/staff-moved/results/inverted/sweep-backlog-by-units.district.departments.staff+units.street.sections.staff.png" \
      "$figures/staff-moved-backlog-inverted.png"
  cp "experiments/staff-moved/results/double/sweep-backlog-by-units.district.departments.staff+units.street.enforcement-team.staff.png" \
      "$figures/staff-moved-backlog-double.png"
}

ablation() {
  "$govsim" compare "${teaching[@]}" --ablate --out experiments/ablation/results \
      --report experiments/ablation/results/report.html
  cp experiments/ablation/results/ablation.png "$figures/teaching-city-ablation.png"
}

load() {
  "$govsim" sweep "${teaching[@]}" --set load=0.5,0.75,1,1.1,1.2,1.3,1.4 --out experiments/load/results
  cp experiments/load/results/sweep-resolution-mean-by-load.png "$figures/load-resolution-mean.png"
}

validation() {
  "$govsim" validate --out experiments/validation/results
  cp experiments/validation/results/validation.png "$figures/validation.png"
}

all=(teaching-city beijing staff-moved ablation load validation)
selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${all[@]}")
for name in "${selected[@]}"; do
  if ! printf '%s\n' "${all[@]}" | grep -qx -- "$name"; then
    echo "error: unknown experiment '$name' (one of: ${all[*]})" >&2
    exit 2
  fi
done
for name in "${selected[@]}"; do
  echo "== $name"
  start=$SECONDS
  "$name"
  echo "== $name: $((SECONDS - start)) s"
done
