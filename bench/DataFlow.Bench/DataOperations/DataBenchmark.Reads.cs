using System.Diagnostics;
using DataFlow.Workflows;

namespace DataFlow.Bench.DataOperations;

/// <summary>
/// Read by key: a one-node workflow (<c>BenchRowReadNode</c>, built once, the key given as a run-time parameter)
/// and <c>db.Express.ReadAsync</c>, against raw ADO.NET (pooled connection, parameterized SELECT, read every column).
/// Each read is timed on its own; keys are random over the whole table.
/// </summary>
internal sealed partial class DataBenchmark
{
    private const int WarmupReads = 2000;

    private async Task<(ReadStats Raw, ReadStats Workflow, ReadStats Express)> MeasureReadsAsync(IDataBenchTarget target, DataFlowDb db)
    {
        var workflow = new WorkflowBuilder().AddNode("BenchRowReadNode", "read", new { id = 1L }).Build();
        var runtime = new LocalRuntime(db);
        var random = new Random(7);
        long NextKey() => random.NextInt64(1, options.Rows + 1);

        async Task Raw(long key) => Check(await target.RawReadAsync(key) != 0);
        async Task ViaWorkflow(long key)
        {
            var parameters = new Dictionary<string, object?> { ["read"] = new Dictionary<string, object?> { ["id"] = key } };
            Check((bool)(await runtime.ExecuteAsync(workflow, parameters)).Results["read"]["found"]!);
        }

        async Task ViaExpress(long key) => Check(await db.Express.ReadAsync("bench_rows", key) is not null);

        for (var i = 0; i < WarmupReads; i++)
        {
            await Raw(NextKey());
            await ViaWorkflow(NextKey());
            await ViaExpress(NextKey());
        }

        List<double> raw = [], viaWorkflow = [], viaExpress = [];
        for (var run = 0; run < options.Runs; run++)
        {
            await InTurnsAsync(run, () => TimeReadsAsync(Raw, NextKey, raw), () => TimeReadsAsync(ViaWorkflow, NextKey, viaWorkflow));
            await TimeReadsAsync(ViaExpress, NextKey, viaExpress);
            Console.Error.WriteLine($"[data] {target.Name} reads run {run + 1}: raw {raw.Average():F1} µs, workflow {viaWorkflow.Average():F1} µs (means so far)");
        }

        return (ReadStats.Of(raw), ReadStats.Of(viaWorkflow), ReadStats.Of(viaExpress));
    }

    private async Task TimeReadsAsync(Func<long, Task> read, Func<long> nextKey, List<double> samples)
    {
        for (var i = 0; i < options.Reads; i++)
        {
            var key = nextKey();
            var started = Stopwatch.GetTimestamp();
            await read(key);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
    }

    private static void Check(bool found)
    {
        if (!found)
        {
            throw new InvalidOperationException("a read by key found no row");
        }
    }
}
