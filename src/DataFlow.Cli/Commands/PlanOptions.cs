namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow plan</c>.</summary>
internal sealed record PlanOptions
{
    /// <summary>A migration file to assess statement by statement; null for a diff (<see cref="To"/>).</summary>
    public string? File { get; init; }

    /// <summary>The database: the diff's starting point, or the source of data facts for <see cref="File"/>.</summary>
    public string? Url { get; init; }

    /// <summary>The schema to reach (a snapshot file or C# models) for a diff.</summary>
    public string? To { get; init; }

    /// <summary>The dialect for a file without <see cref="Url"/>, or of models; default postgresql.</summary>
    public string? Dialect { get; init; }

    /// <summary>Exit 2 when the highest risk is at or above this level (LOW, MEDIUM, HIGH, CRITICAL).</summary>
    public string? FailAt { get; init; }

    /// <summary>Print JSON instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }
}
