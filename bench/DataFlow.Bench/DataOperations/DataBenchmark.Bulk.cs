using System.Diagnostics;

namespace DataFlow.Bench.DataOperations;

/// <summary>Bulk create: <c>db.Express.BulkCreateAsync</c> of the rows as dictionaries, against the engine's raw fast path.</summary>
internal sealed partial class DataBenchmark
{
    private const int WarmupRows = 20_000;

    private async Task<(List<double> Raw, List<double> DataFlow)> MeasureBulkAsync(IDataBenchTarget target, DataFlowDb db)
    {
        var rows = BenchRow.Generate(options.Rows);
        var records = rows.Select(target.ToRecord).ToArray();
        var warm = Math.Min(WarmupRows, rows.Length);
        await target.RawInsertAsync(rows[..warm]);
        await target.TruncateAsync();
        await db.Express.BulkCreateAsync("bench_rows", records[..warm]);

        var raw = new List<double>();
        var dataFlow = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            await InTurnsAsync(
                run,
                async () => raw.Add(await TimeInsertAsync(target, () => target.RawInsertAsync(rows))),
                async () => dataFlow.Add(await TimeInsertAsync(target, () => db.Express.BulkCreateAsync("bench_rows", records))));
            Console.Error.WriteLine($"[data] {target.Name} bulk run {run + 1}: raw {raw[^1]:F0} ms, DataFlow {dataFlow[^1]:F0} ms");
        }

        if (await target.CountAsync() != rows.Length)
        {
            throw new InvalidOperationException($"bench_rows should hold {rows.Length} rows after the bulk runs");
        }

        return (raw, dataFlow);
    }

    private static async Task<double> TimeInsertAsync(IDataBenchTarget target, Func<Task> insert)
    {
        await target.TruncateAsync();
        GC.Collect();
        var started = Stopwatch.GetTimestamp();
        await insert();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
