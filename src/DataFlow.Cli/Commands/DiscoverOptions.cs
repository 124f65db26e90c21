namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow discover</c>.</summary>
internal sealed record DiscoverOptions
{
    /// <summary>The database URL or connection string; null to read <c>DATABASE_URL</c>.</summary>
    public string? Url { get; init; }

    /// <summary>PostgreSQL schemas to read; empty for all non-system schemas.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    /// <summary>Table/view name globs to include; empty for all.</summary>
    public IReadOnlyList<string> Tables { get; init; } = [];

    /// <summary>Table/view name globs to leave out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Also list DataFlow's own <c>dataflow_*</c> tables.</summary>
    public bool IncludeDataFlowTables { get; init; }

    /// <summary>Print the snapshot JSON to stdout instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Write the snapshot to this file instead of printing the report.</summary>
    public string? OutFile { get; init; }

    /// <summary>Print diagnostics and full errors.</summary>
    public bool Verbose { get; init; }
}
