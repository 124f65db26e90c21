namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow diff</c>.</summary>
internal sealed record DiffCommandOptions
{
    /// <summary>The "from" side: a database URL, a snapshot file (<c>.json</c>), a models folder or <c>.dll</c>; null when <see cref="Models"/> is it.</summary>
    public string? From { get; init; }

    /// <summary>The "to" side, as <see cref="From"/>; null when <see cref="Models"/> is it.</summary>
    public string? To { get; init; }

    /// <summary>C# models (folder or <c>.dll</c>) for the side <see cref="From"/>/<see cref="To"/> leaves out.</summary>
    public string? Models { get; init; }

    /// <summary>The dialect of C# models; null to take the other side's.</summary>
    public string? Dialect { get; init; }

    /// <summary>Confirmed renames, each <c>from=to</c>.</summary>
    public IReadOnlyList<string> Renames { get; init; } = [];

    /// <summary>Exit 0 when the only findings are objects that could not be compared.</summary>
    public bool AllowNotCompared { get; init; }

    /// <summary>Print the JSON document instead of the report.</summary>
    public bool Json { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }
}
