#!/usr/bin/env bash
# Runs every test suite of TeamBot on a fresh Debian machine with the .NET SDK:
# installs what the suites need, builds once, runs the tests, and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

dotnet restore TeamBot.sln --verbosity quiet
dotnet build TeamBot.sln --configuration Release --no-restore --verbosity quiet -nologo

status=0
dotnet test TeamBot.sln --configuration Release --no-build --verbosity quiet -nologo \
  --logger "trx" --results-directory "$results" || status=$?

# One plain summary line over every suite, read from the TRX counters.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
# The held-out classification accuracy, measured by the evaluation test.
report=$(find tests/TeamBot.Tests/bin/Release -name classification-report.txt 2>/dev/null | head -1)
[ -n "$report" ] && cat "$report"

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "test.sh: no test ran" >&2; fi
exit "$status"
