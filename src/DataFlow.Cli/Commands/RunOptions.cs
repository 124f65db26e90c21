namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow run</c>.</summary>
internal sealed record RunOptions
{
    /// <summary>The workflow JSON file.</summary>
    public required string File { get; init; }

    /// <summary>The database URL or connection string; null to read <c>DATABASE_URL</c>, and none at all when that is unset too.</summary>
    public string? Url { get; init; }

    /// <summary>Run-time parameters as written: <c>node.param=value</c>.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>Load the database's registered models (and their nodes) from the model registry first.</summary>
    public bool Models { get; init; }

    /// <summary>Print the run as JSON instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Print debug logs and full errors.</summary>
    public bool Verbose { get; init; }
}
