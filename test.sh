#!/usr/bin/env bash
# Runs every test suite of TeamBot on a fresh Debian machine with the .NET SDK:
# installs what the suites need, builds once, runs the tests, and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

results=artifacts/test-results
rm -rf "$results" artifacts/cards
mkdir -p "$results"
# Inputs of the node suites, handed over explicitly: the cards the dotnet card tests write, and the Teams package
# that `teambot manifest pack` makes after the build.
export TEAMBOT_CARDS_DIR="$PWD/$results/cards"
export TEAMBOT_PACKAGE="$PWD/$results/teambot.zip"

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "test.sh: Node.js 20 or later with npm is required (the card renderer suite)" >&2; exit 1; }

# The card renderer suite drives Debian's chromium through playwright-core (Playwright's browser download fails here).
# The plan document tests print the rendered templates with LibreOffice and read the PDFs with poppler.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
# The storage suite runs on SQLite and on a real PostgreSQL server of its own (tests/postgres/server.sh).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Node suites: Adaptive Card schema and renderer checks, Teams manifest schema checks, the
# official JS Bot Framework SDK receiving our replies (wire-format conformance), the local chat page,
# and the Word/Excel task pane served by the host (with the recording Office stub).
js_suites=(tests/cards-js tests/manifest-js tests/botbuilder-js tests/webchat-js tests/addin-js)
for suite in "${js_suites[@]}"; do
  (cd "$suite" && npm ci --no-audit --no-fund --loglevel=error)
done
# The task pane's own packages: its Vitest suites below need them, and the build makes the pane from them.
(cd addin && npm ci --no-audit --no-fund --loglevel=error)

dotnet restore TeamBot.sln --verbosity quiet
dotnet build TeamBot.sln --configuration Release --no-restore --verbosity quiet -nologo

dotnet bot/bin/Release/net10.0/teambot.dll manifest pack \
  --app-id 6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48 --host teambot.example.org --out "$TEAMBOT_PACKAGE" >/dev/null

# A throwaway PostgreSQL cluster on a port of its own for the storage suite, stopped however the run ends.
TEAMBOT_TEST_POSTGRES=$(tests/postgres/server.sh start)
export TEAMBOT_TEST_POSTGRES
trap 'tests/postgres/server.sh stop' EXIT

status=0
dotnet test TeamBot.sln --configuration Release --no-build --verbosity quiet -nologo \
  --logger "trx" --results-directory "$results" || status=$?

# The task pane's unit and component tests (Vitest). Its TAP reporter prints no totals, so the
# "# pass N" / "# fail N" / "# skipped N" lines the summary below reads are counted from the flat TAP.
tap="$results/addin-vitest.tap"
(cd addin && npx vitest run --reporter=tap-flat) >"$tap" 2>&1 \
  || { status=$?; sed -n '/^ *not ok/,/^ *\.\.\.$/p' "$tap"; }
{
  echo "# pass $(grep -E '^ok ' "$tap" | grep -cvE ' # (SKIP|TODO)$' || true)"
  echo "# fail $(grep -cE '^not ok ' "$tap" || true)"
  echo "# skipped $(grep -cE '^ok .* # (SKIP|TODO)$' "$tap" || true)"
} >>"$tap"

# The node suites check the inputs above (cards-js needs the dotnet run first); botbuilder-js, webchat-js and
# addin-js start the built host themselves. Only failures are shown; the whole TAP report stays in the results.
for suite in "${js_suites[@]}"; do
  tap="$results/$(basename "$suite").tap"
  (cd "$suite" && node --test --test-reporter=tap) >"$tap" 2>&1 \
    || { status=$?; sed -n '/^ *not ok/,/^ *\.\.\.$/p' "$tap"; }
done

# One plain summary line over every suite, read from the TRX counters.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
# Node's TAP summary: "# pass N", "# fail N", "# skipped N".
for tap in "$results"/*.tap; do
  tap_count() { sed -n "s/^# $1 \([0-9]*\)\$/\1/p" "$tap" | tail -1; }
  p=$(tap_count pass); passed=$((passed + ${p:-0}))
  f=$(tap_count fail); failed=$((failed + ${f:-0}))
  n=$(tap_count skipped); skipped=$((skipped + ${n:-0}))
done
# The held-out classification accuracy, measured by the evaluation test.
report=$(find tests/TeamBot.Tests/bin/Release -name classification-report.txt 2>/dev/null | head -1)
[ -n "$report" ] && cat "$report"
# The personal-data redaction rates on the held-out questions and on a second region, measured by their tests.
for pii in $(find tests/TeamBot.Tests/bin/Release -maxdepth 3 -name 'pii*report.txt' 2>/dev/null | sort); do cat "$pii"; done
# The answer facts per region, split and failure class; the tuning failures stay in the report file.
answers=$(find tests/TeamBot.Tests/bin/Release -maxdepth 3 -name answer-report.txt 2>/dev/null | head -1)
[ -n "$answers" ] && grep -v -e '^  tuning failure' -e '^      ->' "$answers"

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "test.sh: no test ran" >&2; fi
exit "$status"
