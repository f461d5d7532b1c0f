# Sourced by the compare scripts (not run on its own). Sets $work to a temporary folder, removed on
# exit, and builds the govsim command (Release) of git revision $1 into $work/cli-a and of this
# working tree into $work/cli-b. Expects $root, the repository's root.
build_clis() {
  local revision=$1
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir "$work/revision"
  git -C "$root" archive "$revision" | tar -x -C "$work/revision"
  echo "building $revision and the working tree (Release)..." >&2
  dotnet build "$work/revision/src/GovSim.Cli" -c Release -o "$work/cli-a" --artifacts-path "$work/artifacts-a" -v q -nologo >/dev/null
  dotnet build "$root/src/GovSim.Cli" -c Release -o "$work/cli-b" --artifacts-path "$work/artifacts-b" -v q -nologo >/dev/null
}
