using System.Diagnostics;

namespace DataFlow.Bench.DataOperations;

/// <summary>
/// Streaming every row: <c>db.Express.StreamAsync</c> against a raw data reader loop over the same SELECT (key
/// order), with the memory peak of each; and once, for contrast, the buffered <c>ListAsync</c> of every row.
/// </summary>
internal sealed partial class DataBenchmark
{
    private async Task<StreamResults> MeasureStreamAsync(IDataBenchTarget target, DataFlowDb db)
    {
        await target.RawStreamAsync(_ => { });
        await StreamAsync(db, _ => { });

        var raw = new List<double>();
        var dataFlow = new List<double>();
        MemoryPeak? rawMemory = null, dataFlowMemory = null;
        for (var run = 0; run < options.Runs; run++)
        {
            await InTurnsAsync(
                run,
                async () =>
                {
                    var sampler = MemorySampler.Start();
                    var started = Stopwatch.GetTimestamp();
                    var (rows, _) = await target.RawStreamAsync(sampler.OnRow);
                    raw.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    rawMemory = Max(rawMemory, sampler, rows);
                },
                async () =>
                {
                    var sampler = MemorySampler.Start();
                    var started = Stopwatch.GetTimestamp();
                    var rows = await StreamAsync(db, sampler.OnRow);
                    dataFlow.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    dataFlowMemory = Max(dataFlowMemory, sampler, rows);
                });
            Console.Error.WriteLine($"[data] {target.Name} stream run {run + 1}: raw {raw[^1]:F0} ms, DataFlow {dataFlow[^1]:F0} ms");
        }

        var buffered = MemorySampler.Start();
        var listStarted = Stopwatch.GetTimestamp();
        var all = await db.Express.ListAsync("bench_rows", limit: null);
        var listMs = Stopwatch.GetElapsedTime(listStarted).TotalMilliseconds;
        buffered.Sample();
        var bufferedMemory = Max(null, buffered, all.Count);
        GC.KeepAlive(all);
        return new StreamResults(raw, dataFlow, rawMemory!, dataFlowMemory!, listMs, bufferedMemory);
    }

    private async Task<long> StreamAsync(DataFlowDb db, Action<long> onRow)
    {
        long rows = 0, sum = 0;
        await foreach (var record in db.Express.StreamAsync("bench_rows"))
        {
            sum += (long)record["id"]!;
            onRow(++rows);
        }

        return sum > 0 ? rows : 0;
    }

    private MemoryPeak Max(MemoryPeak? previous, MemorySampler sampler, long rows)
    {
        if (rows != options.Rows)
        {
            throw new InvalidOperationException($"the stream read {rows} rows, not {options.Rows}");
        }

        var peak = sampler.Result();
        return previous is null || peak.PeakHeap - peak.StartHeap > previous.PeakHeap - previous.StartHeap ? peak : previous;
    }

    private sealed record StreamResults(List<double> RawMs, List<double> DataFlowMs, MemoryPeak RawMemory, MemoryPeak DataFlowMemory, double BufferedMs, MemoryPeak BufferedMemory);
}
