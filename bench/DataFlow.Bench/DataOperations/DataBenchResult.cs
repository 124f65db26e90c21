namespace DataFlow.Bench.DataOperations;

/// <summary>Everything measured on one engine, DataFlow and its baseline side by side.</summary>
internal sealed record DataBenchResult
{
    public required string Dialect { get; init; }
    public required string BulkBaseline { get; init; }
    public required int Rows { get; init; }
    public required IReadOnlyList<double> RawBulkMs { get; init; }
    public required IReadOnlyList<double> DataFlowBulkMs { get; init; }
    public required IReadOnlyList<double> RawStreamMs { get; init; }
    public required IReadOnlyList<double> DataFlowStreamMs { get; init; }
    public required MemoryPeak RawStreamMemory { get; init; }
    public required MemoryPeak DataFlowStreamMemory { get; init; }
    public required double BufferedListMs { get; init; }
    public required MemoryPeak BufferedListMemory { get; init; }
    public required ReadStats RawRead { get; init; }
    public required ReadStats WorkflowRead { get; init; }
    public required ReadStats ExpressRead { get; init; }
}

/// <summary>Per-read latencies in microseconds.</summary>
internal sealed record ReadStats(double MeanUs, double MedianUs, double P95Us, int Count)
{
    public static ReadStats Of(List<double> samples)
    {
        samples.Sort();
        return new ReadStats(samples.Average(), RunTimer.Median(samples), samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(samples.Count * 0.95) - 1)], samples.Count);
    }
}
