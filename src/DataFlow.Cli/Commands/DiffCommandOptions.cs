namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow diff</c>.</summary>
internal sealed record DiffCommandOptions
{
    /// <summary>The "from" side: a snapshot file (<c>.json</c>) or a database URL.</summary>
    public required string From { get; init; }

    /// <summary>The "to" side: a snapshot file (<c>.json</c>) or a database URL.</summary>
    public required string To { get; init; }

    /// <summary>Confirmed renames, each <c>from=to</c>.</summary>
    public IReadOnlyList<string> Renames { get; init; } = [];

    /// <summary>Exit 0 when the only findings are objects that could not be compared.</summary>
    public bool AllowNotCompared { get; init; }

    /// <summary>Print the JSON document instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }
}
