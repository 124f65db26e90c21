namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow check</c>.</summary>
internal sealed record CheckOptions
{
    /// <summary>The live database URL; null to read <c>DATABASE_URL</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The expected schema: a snapshot file written by <c>dataflow discover --out</c>; null when <see cref="Models"/> is given.</summary>
    public string? Snapshot { get; init; }

    /// <summary>The expected schema as C# models (a folder of <c>.cs</c> files or a <c>.dll</c>); null when <see cref="Snapshot"/> is given.</summary>
    public string? Models { get; init; }

    /// <summary>The dialect of the models; null for the database's.</summary>
    public string? Dialect { get; init; }

    /// <summary>Exit 0 when the only findings are objects that could not be compared.</summary>
    public bool AllowNotCompared { get; init; }

    /// <summary>Print the JSON document instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }
}
