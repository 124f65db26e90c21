namespace DataFlow.Bench.DataOperations;

/// <summary>
/// Peak memory during a streaming read: the managed heap (<see cref="GC.GetTotalMemory(bool)"/>, without forcing a
/// collection) and the process working set, sampled every <see cref="Every"/> rows after a full collection.
/// </summary>
internal sealed class MemorySampler
{
    private const int Every = 10_000;

    private MemorySampler()
    {
        StartHeap = PeakHeap = GC.GetTotalMemory(false);
        StartWorkingSet = PeakWorkingSet = Environment.WorkingSet;
    }

    public long StartHeap { get; }
    public long PeakHeap { get; private set; }
    public long StartWorkingSet { get; }
    public long PeakWorkingSet { get; private set; }

    /// <summary>Collects everything collectable, then starts sampling.</summary>
    public static MemorySampler Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return new MemorySampler();
    }

    /// <summary>Called for every row; samples every <see cref="Every"/> rows.</summary>
    public void OnRow(long row)
    {
        if (row % Every == 0)
        {
            Sample();
        }
    }

    /// <summary>Takes a sample now.</summary>
    public void Sample()
    {
        PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(false));
        PeakWorkingSet = Math.Max(PeakWorkingSet, Environment.WorkingSet);
    }

    /// <summary>The peaks as a result.</summary>
    public MemoryPeak Result() => new(StartHeap, PeakHeap, StartWorkingSet, PeakWorkingSet);
}

/// <summary>Managed heap and working set at the start of a read and at their highest during it, in bytes.</summary>
internal sealed record MemoryPeak(long StartHeap, long PeakHeap, long StartWorkingSet, long PeakWorkingSet);
