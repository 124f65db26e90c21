namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow scaffold</c>.</summary>
internal sealed record ScaffoldCommandOptions
{
    /// <summary>The database URL or connection string; null to read <c>DATABASE_URL</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The models folder (generated files go to its <c>Generated/</c> subfolder).</summary>
    public required string Out { get; init; }

    /// <summary>The C# namespace of the generated types.</summary>
    public string Namespace { get; init; } = "Models";

    /// <summary>Globs of the tables/views to regenerate; empty for all.</summary>
    public IReadOnlyList<string> Tables { get; init; } = [];

    /// <summary>PostgreSQL schemas to read; empty for all non-system schemas.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    /// <summary>Write one file instead of one per table.</summary>
    public bool SingleFile { get; init; }

    /// <summary>Print the generation time in the headers.</summary>
    public bool Timestamp { get; init; }

    /// <summary>Print diagnostics and full errors.</summary>
    public bool Verbose { get; init; }
}
