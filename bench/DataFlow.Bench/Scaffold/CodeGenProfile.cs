using System.Diagnostics;
using System.Globalization;
using DataFlow.CodeGen;
using DataFlow.Snapshots;

namespace DataFlow.Bench.Scaffold;

/// <summary>
/// <c>DataFlow.Bench scaffold-codegen --snapshot FILE [--runs N]</c>: the code generation steps of <c>dataflow scaffold</c>
/// in one process on a schema read from a snapshot (no database, no files written), first run (cold) and then warm, so
/// that each step's own cost is visible apart from JIT and start-up: the schema hash, planning (names), generating every
/// file (planning and rendering), the snapshot JSON, and the snapshot with its hash from one serialization (as the
/// scaffold does it, beside planning). Prints wall and CPU time (of the whole process, so background
/// JIT counts), allocations and JIT-compiled methods per step. Set the runtimeconfig switch
/// <c>System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported</c> to false to measure as the CLI runs.
/// </summary>
internal static class CodeGenProfile
{
    public const string Usage = "usage: DataFlow.Bench scaffold-codegen --snapshot schema.snapshot.json [--runs 10]";

    public static async Task<int> RunAsync(string[] args)
    {
        var snapshot = Value(args, "--snapshot");
        if (snapshot is null)
        {
            Console.Error.WriteLine(Usage);
            return 1;
        }

        var runs = int.Parse(Value(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var schema = await SchemaSnapshot.ReadAsync(snapshot);
        var options = new ScaffoldOptions { OutputDirectory = "unused", SourceUrl = "postgresql://bench" };
        Console.WriteLine($"{schema.Tables.Count} tables; wall and CPU ms of the process (allocated MB, JIT-compiled methods)");
        Console.WriteLine("run  hash                     plan                     generate                 snapshot json            snapshot + hash (scaffold)");
        for (var run = 1; run <= runs; run++)
        {
            var hash = "";
            var cells = new[]
            {
                Measure(() => hash = SchemaSnapshot.ComputeHash(schema)),
                Measure(() => ScaffoldPlanner.Plan(schema)),
                Measure(() => ModelScaffolder.Generate(schema, options, hash)),
                Measure(() => SchemaSnapshot.ToJson(schema, hash)),
                Measure(() => SchemaSnapshot.Render(schema)),
            };
            Console.WriteLine($"{run,3}  " + string.Join(" ", cells.Select(c => c.PadRight(24))));
        }

        return 0;
    }

    private static string Measure(Action step)
    {
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        step();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        var mb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0;
        return string.Create(CultureInfo.InvariantCulture, $"{ms,5:0} {cpuMs,5:0} ({mb,4:0.0}, {System.Runtime.JitInfo.GetCompiledMethodCount() - jit,3})");
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
