#!/usr/bin/env bash
# Cold start of the command line: each run is a new `teambot plan render` process (runtime start, host, SQLite,
# plan, template, .docx), as a user or a script calls it. Prints every run and the median, for the built teambot
# (bot/bin/Release, compiled at run time) and the published one (ReadyToRun). See docs/cold-start.md.
# Usage: tests/TeamBot.Benchmarks/cold-start.sh [RUNS]   (default 7; the machine should be otherwise idle)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build bot -c Release -nologo -v q >/dev/null
dotnet publish bot -c Release -nologo -v q -o "$work/published" >/dev/null

render() {
  dotnet "$1" plan render --plan templates/plans/uitvoeringsplan-wmo-2023.yaml --template uitvoeringsplan-wmo \
    --out "$work/plan.docx" --data "$2" >/dev/null
}

measure() {
  local label=$1 dll=$2 data="$work/data-$1" times=()
  render "$dll" "$data" # the first run of a data folder creates the database and loads the sample region
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    render "$dll" "$data"
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-28s %s ms, median %s ms\n' "$label" "$(echo $sorted)" "$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")"
}

measure "built (bin/Release)" bot/bin/Release/net10.0/teambot.dll
measure "published (ReadyToRun)" "$work/published/teambot.dll"
