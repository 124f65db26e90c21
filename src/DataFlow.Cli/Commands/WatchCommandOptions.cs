namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow watch</c>.</summary>
internal sealed record WatchCommandOptions
{
    /// <summary>The database URL or connection string; null to read <c>DATABASE_URL</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The models folder (generated files go to its <c>Generated/</c> subfolder).</summary>
    public required string Out { get; init; }

    /// <summary>The C# namespace of the generated types.</summary>
    public string Namespace { get; init; } = "Models";

    /// <summary>PostgreSQL schemas to read; empty for all non-system schemas.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    /// <summary>The poll interval as given (<c>2s</c>, <c>500ms</c>, <c>1m</c>).</summary>
    public string Interval { get; init; } = "2s";

    /// <summary>Exit after this many regenerations caused by a change; null to watch until cancelled.</summary>
    public int? MaxChanges { get; init; }

    /// <summary>Print one JSON object per event instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Print diagnostics and full errors.</summary>
    public bool Verbose { get; init; }
}
