namespace DataFlow.Migrations.Files;

/// <summary>What the header of a migration file says about where it came from. No secrets: pass masked URLs.</summary>
public sealed record MigrationFileHeader
{
    /// <summary>The tool and version, e.g. <c>dataflow 1.0.0</c>.</summary>
    public required string Tool { get; init; }

    /// <summary>The "from" side: a masked URL or a snapshot path.</summary>
    public required string From { get; init; }

    /// <summary>The "to" side: a masked URL or a snapshot path.</summary>
    public required string To { get; init; }

    /// <summary>The schema hash of the "from" side (<c>sha256:…</c>).</summary>
    public required string FromHash { get; init; }

    /// <summary>The schema hash of the "to" side.</summary>
    public required string ToHash { get; init; }

    /// <summary>When the file was generated; null (the default) keeps the file deterministic.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }
}
