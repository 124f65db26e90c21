#!/usr/bin/env bash
# run-scaffold.sh -- `dataflow scaffold` end to end, side by side with EF Core 10's reverse-engineering reader.
#
#   bench/run-scaffold.sh [runs]        default 5 runs per tool and size, on 100 and 1,000 PostgreSQL tables
#   DATAFLOW_BENCH_BEFORE=6ea21d6 bench/run-scaffold.sh 5    also time the CLI built from that commit ("before")
#
# Needs the discovery benchmark databases bench_discovery_100 / _1000 (create them once with
# `bench/run-discovery.sh --sizes 100,1000 --keep-databases`). Per size and run, in rotating order, one fresh process each:
#   before          (with DATAFLOW_BENCH_BEFORE) the CLI of that commit, Release build, empty output folder
#   dataflow        the Release build of the CLI (JIT; what `dotnet run`/a framework-dependent tool runs), empty folder
#   dataflow-r2r-emit  published ReadyToRun (dotnet publish -r linux-x64), with run-time code generation allowed
#                   again in its runtimeconfig.json: the effect of ReadyToRun alone
#   dataflow-r2r    published ReadyToRun as shipped (IsDynamicCodeSupported=false, see DataFlow.Cli.csproj)
#   dataflow-regen  the ReadyToRun CLI again on the folder it just wrote (nothing changed: files compared, not written)
#   ef10-reader     EF Core 10's NpgsqlDatabaseModelFactory, cold, in a fresh process (DataFlow.Bench ef-discover):
#                   start-up + discovery only; EF Core has no scaffolder that runs here (see docs/benchmarks.md)
# Each prints its phases (wall and CPU time of the process); the script adds the wall time of the whole process
# and the 1-minute load average, then prints the medians. Environment: DATAFLOW_BENCH_PG_URL (server URL without
# database, default the test server on 55432), DATAFLOW_BENCH_OUT (folder for the output, default a temp folder),
# DATAFLOW_BENCH_FRESH=1 (variant: every run writes into a new folder and no output is deleted until the end; by
# default each tool's previous output is deleted right before it runs, which on a journal-less ext4 disk makes creating
# the new files far slower: see docs/benchmarks.md#scaffolding).
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
pg="${DATAFLOW_BENCH_PG_URL:-postgresql://postgres:dataflow@127.0.0.1:55432}"
hostport="${pg#*@}"; creds="${pg#postgresql://}"; creds="${creds%@*}"
build="$(mktemp -d)"
out="${DATAFLOW_BENCH_OUT:-$build/out}"
trap 'rm -rf "$build" "${out:?}/fresh"' EXIT

dotnet build "$root/src/DataFlow.Cli" -c Release -v quiet -nologo >/dev/null
dotnet publish "$root/src/DataFlow.Cli" -c Release -r linux-x64 --self-contained false -o "$build/r2r" -v quiet -nologo >/dev/null
# The same binaries with run-time code generation allowed again: only the runtimeconfig.json switch differs.
cp -r "$build/r2r" "$build/r2r-emit"
sed -i 's/"System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported": false/"System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported": true/' \
  "$build/r2r-emit/DataFlow.Cli.runtimeconfig.json"
grep -q 'IsDynamicCodeSupported": true' "$build/r2r-emit/DataFlow.Cli.runtimeconfig.json"
dotnet build "$root/bench/DataFlow.Bench" -c Release -v quiet -nologo >/dev/null
tools=(dataflow dataflow-r2r-emit dataflow-r2r ef10-reader)
if [ -n "${DATAFLOW_BENCH_BEFORE:-}" ]; then
  mkdir -p "$build/before-src"
  git -C "$root" archive "$DATAFLOW_BENCH_BEFORE" | tar -x -C "$build/before-src"
  dotnet build "$build/before-src/src/DataFlow.Cli" -c Release -v quiet -nologo >/dev/null
  tools=(before "${tools[@]}")
fi
jit="$root/src/DataFlow.Cli/bin/Release/net10.0/DataFlow.Cli"
r2r="$build/r2r/DataFlow.Cli"
bench="$root/bench/DataFlow.Bench/bin/Release/net10.0/DataFlow.Bench"
results="$build/results.tsv"

# folder NAME: sets dir, where a tool writes. Default: out/NAME, emptied right before the run (delete, then create).
# With DATAFLOW_BENCH_FRESH=1: a new folder per run, nothing deleted until the script ends.
sequence=0
folder() {
  if [ "${DATAFLOW_BENCH_FRESH:-0}" = 1 ]; then
    sequence=$((sequence + 1)); dir="$out/fresh/$1-$sequence"
  else
    rm -rf "${out:?}/$1"; dir="$out/$1"
  fi
}

# run TOOL TABLES COMMAND...: runs COMMAND, appends: tool tables wall(ms) phases(wall: startup discovery generation writing) cpu(same) load
run() {
  local tool="$1" tables="$2"; shift 2
  local load start end err
  load="$(cut -d' ' -f1 /proc/loadavg)"
  err="$build/stderr"
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$err"
  end=$(date +%s%N)
  local phases cpu
  phases="$( (grep '^phases:' "$err" || true) | grep -o '[0-9]* ms' | tr -d ' ms' | tr '\n' ' ' || true)"
  cpu="$( (grep '^cpu:' "$err" || true) | grep -o '[0-9]* ms' | tr -d ' ms' | tr '\n' ' ' || true)"
  local p c
  read -r -a p <<< "$phases - - - -"
  read -r -a c <<< "$cpu - - - -"
  local p1="${p[0]}" p2="${p[1]}" p3="${p[2]}" p4="${p[3]}" c1="${c[0]}" c2="${c[1]}" c3="${c[2]}" c4="${c[3]}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$tables" $(( (end - start) / 1000000 )) "$p1" "$p2" "$p3" "$p4" "$c1" "$c2" "$c3" "$c4" "$load" | tee -a "$results"
}

printf 'tool\ttables\twall\tstart-up\tdiscovery\tgeneration\twriting\tcpu:start-up\tcpu:discovery\tcpu:generation\tcpu:writing\tload\n'
for tables in 100 1000; do
  url="$pg/bench_discovery_$tables"
  connection="Host=${hostport%:*};Port=${hostport#*:};Database=bench_discovery_$tables;Username=${creds%%:*};Password=${creds#*:}"
  for i in $(seq "$runs"); do
    shift_by=$(( i % ${#tools[@]} ))
    for tool in "${tools[@]:$shift_by}" "${tools[@]:0:$shift_by}"; do
      case "$tool" in
        before) folder before; run before "$tables" "$build/before-src/src/DataFlow.Cli/bin/Release/net10.0/DataFlow.Cli" scaffold --url "$url" --out "$dir" --verbose ;;
        dataflow) folder jit; run dataflow "$tables" "$jit" scaffold --url "$url" --out "$dir" --verbose ;;
        dataflow-r2r-emit) folder emit; run dataflow-r2r-emit "$tables" "$build/r2r-emit/DataFlow.Cli" scaffold --url "$url" --out "$dir" --verbose ;;
        dataflow-r2r)
          folder r2r; run dataflow-r2r "$tables" "$r2r" scaffold --url "$url" --out "$dir" --verbose
          run dataflow-regen "$tables" "$r2r" scaffold --url "$url" --out "$dir" --verbose ;;
        ef10-reader) run ef10-reader "$tables" "$bench" ef-discover --connection "$connection" ;;
      esac
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0 || v[1] == "-") print "-"; else print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }
echo
if [ "${DATAFLOW_BENCH_FRESH:-0}" = 1 ]; then echo "Output: a new folder per run, nothing deleted during the runs."; else echo "Output: each tool's previous output deleted right before it runs."; fi
echo "Medians over $runs runs (ms; wall = whole process; cpu = CPU time of the process in that phase):"
printf '%-15s %6s %6s | %8s %9s %10s %7s | %8s %9s %10s %7s | %s\n' tool tables wall start-up discovery generation writing start-up discovery generation writing load
for tables in 100 1000; do
  for tool in before dataflow dataflow-r2r-emit dataflow-r2r dataflow-regen ef10-reader; do
    grep -q "^$tool	$tables	" "$results" || continue
    row="$tool $tables"
    for column in $(seq 3 11); do
      row="$row $(awk -F'\t' -v t="$tool" -v n="$tables" -v c="$column" '$1 == t && $2 == n { print $c }' "$results" | median)"
    done
    loads="$(awk -F'\t' -v t="$tool" -v n="$tables" '$1 == t && $2 == n { print $12 }' "$results" | sort -n | sed -n '1p;$p' | tr '\n' '-' | sed 's/-$//')"
    # shellcheck disable=SC2086
    printf '%-15s %6s %6s | %8s %9s %10s %7s | %8s %9s %10s %7s | %s\n' $row "$loads"
  done
done
