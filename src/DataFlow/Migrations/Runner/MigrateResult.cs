using DataFlow.Migrations.Scripts;

namespace DataFlow.Migrations.Runner;

/// <summary>What <see cref="MigrationRunner.MigrateAsync"/> did (or, in a dry run, would do).</summary>
/// <param name="Planned">The files to apply, in order, as found under the lock (or without it in a dry run).</param>
/// <param name="Applied">The files applied, with their durations (empty in a dry run).</param>
/// <param name="DryRun">True when nothing was run.</param>
/// <param name="LockWaited">True when another process held the lock and this run waited for it.</param>
/// <param name="LockWait">How long acquiring the lock took.</param>
/// <param name="LockHolder">Who held the lock while this run waited, when known.</param>
internal sealed record MigrateResult(
    IReadOnlyList<MigrationScript> Planned, IReadOnlyList<AppliedMigration> Applied, bool DryRun, bool LockWaited, TimeSpan LockWait, string? LockHolder);
