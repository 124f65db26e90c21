namespace DataFlow.Cli.Commands;

/// <summary>The arguments of the versioned-migration commands (<c>migrate</c>, <c>status</c>, <c>history</c>, <c>validate</c>, <c>baseline</c>, <c>repair</c>); each uses its part.</summary>
internal sealed record MigrationCommandOptions
{
    /// <summary>The database URL; null to read <c>DATABASE_URL</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The folder of <c>NNN_name.sql</c> files.</summary>
    public string Dir { get; init; } = DataFlow.Migrations.Scripts.MigrationScriptLoader.DefaultFolder;

    /// <summary>Print JSON to stdout.</summary>
    public bool Json { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }

    /// <summary>Seconds to wait for the migration lock.</summary>
    public int LockTimeoutSeconds { get; init; } = 60;

    /// <summary><c>migrate</c>: report what would run, change nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>migrate</c>: the highest version to apply (text as given).</summary>
    public string? Target { get; init; }

    /// <summary><c>migrate</c>: apply pending files numbered below the highest applied one.</summary>
    public bool AllowOutOfOrder { get; init; }

    /// <summary><c>baseline</c>: the version to adopt (text as given).</summary>
    public string? Version { get; init; }
}
