#!/usr/bin/env bash
# run-automigrate.sh -- the automigrate benchmark with its fresh-process rows for both builds a production app ships:
#
#   bench/run-automigrate.sh [runs]     default 5
#
# Builds bench/DataFlow.Bench (Release: the JIT build, what `dotnet run` / `dotnet app.dll` runs) and publishes it
# ReadyToRun for linux-x64 (`dotnet publish -r linux-x64 -p:PublishReadyToRun=true`, as src/DataFlow.Cli does) into a
# temporary folder, then runs `automigrate --runs N --r2r DIR`: the in-process rows (empty database, warm no-op,
# EF Core) and, per run and build in rotating order, one fresh process per mode (docs/benchmarks.md "Auto-migration").
# Environment: DATAFLOW_BENCH_PG_URL (server URL, default the test server's $(scripts/pg-test-server.sh url)).
# `DataFlow.Bench automigrate --cold-child profile URL CONNECTION-STRING` prints where DataFlow's cold part goes.
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
pg="${DATAFLOW_BENCH_PG_URL:-$(bash "$root/scripts/pg-test-server.sh" url)}"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT

dotnet build "$root/bench/DataFlow.Bench" -c Release -v quiet -nologo >/dev/null
dotnet publish "$root/bench/DataFlow.Bench" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$build/r2r" -v quiet -nologo >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$root/bench/DataFlow.Bench/bin/Release/net10.0/DataFlow.Bench.dll" automigrate --pg-url "$pg" --runs "$runs" --r2r "$build/r2r"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
