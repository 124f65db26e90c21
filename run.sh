#!/usr/bin/env bash
# run.sh -- build the dataflow CLI, create the sample SQLite database, scaffold C# models from it into
# samples/Models (Generated/ + schema.snapshot.json), and discover its schema.
#
#   ./run.sh              the readable report of the sample shop schema
#   ./run.sh --json       the schema snapshot JSON instead (any extra arguments go to `dataflow discover`)
#
# Needs only the .NET SDK (see global.json); restores packages on first use. Build output and the sample
# step go to stderr, so `./run.sh --json > schema.json` captures just the snapshot.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "run.sh: building the CLI (Release)..." >&2
if ! dotnet build src/DataFlow.Cli/DataFlow.Cli.csproj -c Release -nologo >"$log" 2>&1; then
  grep -E "error|warning" "$log" | sort -u >&2 || cat "$log" >&2
  echo "run.sh: build failed" >&2
  exit 1
fi

dataflow=(dotnet src/DataFlow.Cli/bin/Release/net10.0/DataFlow.Cli.dll)
sample="samples/dataflow-sample.db"   # *.db is gitignored
mkdir -p samples
"${dataflow[@]}" sample --out "$sample" --force >&2
echo "run.sh: dataflow scaffold --url sqlite:///$sample --out samples/Models" >&2
"${dataflow[@]}" scaffold --url "sqlite:///$sample" --out samples/Models >&2
echo "run.sh: dataflow discover --url sqlite:///$sample $*" >&2
exec "${dataflow[@]}" discover --url "sqlite:///$sample" "$@"
