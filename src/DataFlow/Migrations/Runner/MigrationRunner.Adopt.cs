using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;
using DataFlow.Migrations.Scripts;

namespace DataFlow.Migrations.Runner;

/// <summary>Baseline and repair: deliberate changes to the journal, made under the migration lock.</summary>
internal sealed partial class MigrationRunner
{
    /// <summary>
    /// Adopts an existing database: records one <see cref="MigrationKind.Baseline"/> row for <paramref name="version"/>,
    /// so that files up to it count as applied and never run.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-MIG-008</c> when the journal already records files or a baseline.</exception>
    public Task<JournalEntry> BaselineAsync(long version, MigrationLockOptions lockOptions, CancellationToken cancellationToken = default) =>
        executor.WithMigrationLockAsync(data, lockOptions, async scope =>
        {
            var existing = (await scope.Journal.ReadAsync(scope.Session, cancellationToken)).Count(e => e.Kind is MigrationKind.Sql or MigrationKind.Baseline);
            if (existing > 0)
            {
                throw DataFlowErrors.BaselineNotAllowed(existing);
            }

            var actor = MigrationActor.Current;
            var entry = new JournalEntry(0, version.ToString(System.Globalization.CultureInfo.InvariantCulture), "baseline", MigrationKind.Baseline, null,
                MigrationStatus.Completed, DateTimeOffset.UtcNow, TimeSpan.Zero, actor.AppliedBy, actor.ToolVersion);
            await scope.Journal.AddAsync(scope.Session, entry, cancellationToken);
            return entry;
        }, cancellationToken);

    /// <summary>
    /// Accepts deliberate edits and clears failures: sets the recorded checksum of every changed applied file to the
    /// file's, and deletes failed rows; each change is logged in <c>dataflow_migration_repairs</c>. One transaction.
    /// </summary>
    /// <returns>The plan items repaired (changed and failed).</returns>
    public async Task<IReadOnlyList<PlanItem>> RepairAsync(string folder, MigrationLockOptions lockOptions, CancellationToken cancellationToken = default)
    {
        var loaded = await MigrationScriptLoader.LoadAsync(folder, cancellationToken);
        return await executor.WithMigrationLockAsync(data, lockOptions, async scope =>
        {
            var entries = await scope.Journal.ReadAsync(scope.Session, cancellationToken);
            var plan = MigrationPlan.Build(loaded.Scripts, entries);
            var repaired = plan.Items.Where(i => i.State is ScriptState.Changed or ScriptState.Failed).ToList();
            var failedRows = entries.Where(e => e is { Kind: MigrationKind.Sql, Status: MigrationStatus.Failed }).ToList();
            return await scope.Session.AtomicallyAsync<IReadOnlyList<PlanItem>>(async () =>
            {
                foreach (var item in repaired.Where(i => i.State == ScriptState.Changed))
                {
                    await scope.Journal.RepairChecksumAsync(scope.Session, item.Entry!, item.Script!.Checksum, cancellationToken);
                }

                foreach (var failed in failedRows)
                {
                    await scope.Journal.RemoveFailedAsync(scope.Session, failed, cancellationToken);
                }

                return repaired;
            }, cancellationToken);
        }, cancellationToken);
    }
}
