namespace DataFlow.Bench.Readers;

/// <summary>One tool's timed runs on one database and what it read; or why it could not be measured.</summary>
internal sealed record ReaderResult(string Tool, string Version, IReadOnlyList<double> RunsMs, SchemaCounts? Counts, string? Unavailable)
{
    public bool IsMeasured => Unavailable is null && RunsMs.Count > 0;

    public double MedianMs => RunTimer.Median(RunsMs);

    public static ReaderResult Measured(string tool, string version, IReadOnlyList<double> runsMs, SchemaCounts counts) =>
        new(tool, version, runsMs, counts, null);

    public static ReaderResult NotAvailable(string tool, string version, string reason) =>
        new(tool, version, [], null, reason);
}
