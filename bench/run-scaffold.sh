#!/usr/bin/env bash
# Times `dataflow scaffold` end to end (fresh process, empty output folder) on the discovery benchmark databases,
# printing the phases the command reports with --verbose and the wall time of the whole process.
# Usage: bench/run-scaffold.sh [runs] (needs the bench databases: see docs/benchmarks.md#schema-discovery)
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
pg="${DATAFLOW_BENCH_PG_URL:-postgresql://postgres:dataflow@127.0.0.1:55432}"
dotnet build "$root/src/DataFlow.Cli" -c Release -v quiet -nologo >/dev/null
cli="$root/src/DataFlow.Cli/bin/Release/net10.0/DataFlow.Cli"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for tables in 100 1000; do
  for url in "$pg/bench_discovery_$tables" "sqlite:////tmp/dataflow-bench/bench_discovery_$tables.db"; do
    for run in $(seq "$runs"); do
      rm -rf "$out/models"
      start=$(date +%s.%N)
      phases=$("$cli" scaffold --url "$url" --out "$out/models" --verbose 2>&1 >/dev/null | grep '^phases:')
      end=$(date +%s.%N)
      printf '%-6s %-10s run %s  wall %.2f s  %s\n' "$tables" "${url%%:*}" "$run" "$(echo "$end - $start" | bc)" "$phases"
    done
  done
done
