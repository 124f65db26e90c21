#!/usr/bin/env bash
# test.sh -- build and run every test against real SQLite files and a real PostgreSQL server.
#
# Starts the project's throwaway PostgreSQL (scripts/pg-test-server.sh) unless DATAFLOW_TEST_PG_URL is set,
# runs `dotnet test`, stops the server it started, and ends with one line: "N passed, N failed[, N skipped]".
# Extra arguments go to `dotnet test` (for example --filter "FullyQualifiedName~Sqlite").
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The code-first model cache of every DataFlowDb the tests create: a folder of the run, not the user's profile.
DATAFLOW_MODEL_CACHE_DIR="$(mktemp -d)"
export DATAFLOW_MODEL_CACHE_DIR

started_pg=0
if [ -z "${DATAFLOW_TEST_PG_URL:-}" ]; then
  if ! DATAFLOW_TEST_PG_URL="$(scripts/pg-test-server.sh start)"; then
    echo "test.sh: could not start PostgreSQL" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  export DATAFLOW_TEST_PG_URL
  started_pg=1
fi
cleanup() {
  rm -rf "$DATAFLOW_MODEL_CACHE_DIR"
  if [ "$started_pg" = 1 ]; then scripts/pg-test-server.sh stop; fi
}
trap cleanup EXIT

log="$(mktemp)"
if ! dotnet build DataFlow.sln -c Release 2>&1 | tee "$log" | grep -E "error|Build succeeded|Warn" | sort -u | tail -30; then :; fi
if ! grep -q "Build succeeded" "$log"; then
  echo "test.sh: build failed" >&2
  grep -E " error " "$log" | sort -u | head -40 >&2
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test DataFlow.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" \
  | grep -vE "^\s+Passed |^\s*$" | tail -n 400
status=${PIPESTATUS[0]}

# Sum every test assembly's summary: the minimal form "Failed!  - Failed: 1, Passed: 10, Skipped: 0, Total: 11"
# or the normal-verbosity block "Total tests: 11 / Passed: 10 / Failed: 1 / Skipped: 0".
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    match($0, /Failed: +[0-9]+/); f += substr($0, RSTART + 7, RLENGTH - 7)
    match($0, /Passed: +[0-9]+/); p += substr($0, RSTART + 7, RLENGTH - 7)
    match($0, /Skipped: +[0-9]+/); s += substr($0, RSTART + 8, RLENGTH - 8)
    minimal = 1; next }
  /^Total tests: +[0-9]+/ { block = 1; next }
  block && /^ +Passed: +[0-9]+/ { if (!minimal) p += $2; next }
  block && /^ +Failed: +[0-9]+/ { if (!minimal) f += $2; next }
  block && /^ +Skipped: +[0-9]+/ { if (!minimal) s += $2; next }
  block && /^ *Total time:/ { block = 0 }
  END { print p + 0, f + 0, s + 0 }' "$log")
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then
  echo "test.sh: no test results found (dotnet test exited $status)" >&2
  failed=1
fi
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
rm -f "$log"
if [ "$skipped" != 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" = 0 ]
