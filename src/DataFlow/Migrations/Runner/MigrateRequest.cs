using DataFlow.Migrations.Locking;

namespace DataFlow.Migrations.Runner;

/// <summary>What <see cref="MigrationRunner.MigrateAsync"/> should do.</summary>
internal sealed record MigrateRequest
{
    /// <summary>The folder of <c>NNN_name.sql</c> files.</summary>
    public required string Folder { get; init; }

    /// <summary>Apply files up to this version only; null for all.</summary>
    public long? Target { get; init; }

    /// <summary>Report what would run; take no lock, create nothing, run nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Also apply pending files numbered below the highest applied version.</summary>
    public bool AllowOutOfOrder { get; init; }

    /// <summary>The lock timeout and the waiting callback.</summary>
    public MigrationLockOptions Lock { get; init; } = MigrationLockOptions.Default;
}
