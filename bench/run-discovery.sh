#!/usr/bin/env bash
# run-discovery.sh -- the schema discovery benchmark, end to end.
#
#   bench/run-discovery.sh                      all sizes (10 .. 10,000), both dialects -> docs/benchmarks-discovery.md
#   bench/run-discovery.sh --sizes 10,100       any DataFlow.Bench discovery option overrides the defaults
#
# Starts the throwaway PostgreSQL test server if it is not running (and leaves it running), builds
# DataFlow.Bench and the EF Core SQLite child in Release, then runs the harness. The generated
# databases (bench_discovery_N) and SQLite files are dropped at the end unless --keep-databases.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

if [ -z "${DATAFLOW_PG_URL:-}" ]; then
  DATAFLOW_PG_URL="$(bash scripts/pg-test-server.sh start | tail -n 1)"
fi
export DATAFLOW_PG_URL

dotnet build -c Release bench/DataFlow.Bench/DataFlow.Bench.csproj -nologo -v quiet
dotnet run -c Release --no-build --project bench/DataFlow.Bench -- discovery \
  --sizes 10,100,1000,10000 --dialects postgres,sqlite --runs 5 --large-runs 3 \
  --out docs/benchmarks-discovery.md "$@"
