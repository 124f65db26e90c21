using DataFlow.Data;
using DataFlow.Dialects;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;
using DataFlow.Migrations.Scripts;

namespace DataFlow.Migrations.Runner;

/// <summary>
/// Versioned SQL migrations (<c>dataflow migrate</c>, <c>status</c>, <c>history</c>, <c>validate</c>,
/// <c>baseline</c>, <c>repair</c>): compares a folder of <c>NNN_name.sql</c> files with the journal and applies
/// pending files through the <see cref="SchemaChangeExecutor"/>, one journaled unit per file, under the migration lock.
/// Reads (status, history, validate, dry runs) take no lock and create nothing.
/// </summary>
internal sealed partial class MigrationRunner(DataConnections data, SchemaChangeExecutor executor)
{
    private MigrationJournal Journal => new(DialectRegistry.MigrationsFor(data.Target.Kind));

    /// <summary>Applies the pending files (see <see cref="MigrateRequest"/>), each in its own transaction unless it opts out.</summary>
    /// <exception cref="DataFlowException">
    /// A changed applied file (<c>DF-MIG-003</c>), a failed row (<c>DF-MIG-007</c>), out-of-order files (<c>DF-MIG-004</c>),
    /// the lock timeout (<c>DF-MIG-005</c>), a failing file (<c>DF-MIG-006</c>; files before it stay applied), or
    /// existing-schema mode (<c>DF-MODEL-005</c>). Nothing is applied when one of the first three is found.
    /// </exception>
    public async Task<MigrateResult> MigrateAsync(MigrateRequest request, CancellationToken cancellationToken = default)
    {
        var folder = await MigrationScriptLoader.LoadAsync(request.Folder, cancellationToken);
        if (request.DryRun)
        {
            var plan = await PlanAsync(folder, cancellationToken);
            return new MigrateResult(Check(plan, request), [], DryRun: true, LockWaited: false, TimeSpan.Zero, null);
        }

        return await executor.WithMigrationLockAsync(data, request.Lock, async scope =>
        {
            var plan = MigrationPlan.Build(folder.Scripts, await scope.Journal.ReadAsync(scope.Session, cancellationToken));
            var planned = Check(plan, request);
            var applied = new List<AppliedMigration>();
            foreach (var script in planned)
            {
                applied.Add(await scope.ApplyAsync(script.ToUnit(), cancellationToken));
            }

            return new MigrateResult(planned, applied, DryRun: false, scope.Lease.Waited, scope.Lease.WaitTime, scope.Lease.Holder);
        }, cancellationToken);
    }

    /// <summary>The folder compared with the journal, without locking or creating anything.</summary>
    public async Task<(MigrationFolder Folder, MigrationPlan Plan)> StatusAsync(string folder, CancellationToken cancellationToken = default)
    {
        var loaded = await MigrationScriptLoader.LoadAsync(folder, cancellationToken);
        return (loaded, await PlanAsync(loaded, cancellationToken));
    }

    /// <summary>The journal rows (oldest first) and the repairs (empty when there is no journal yet).</summary>
    public async Task<(IReadOnlyList<JournalEntry> Entries, IReadOnlyList<JournalRepair> Repairs)> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await data.OpenAsync(cancellationToken);
        return (await Journal.ReadAsync(session, cancellationToken), await Journal.ReadRepairsAsync(session, cancellationToken));
    }

    private async Task<MigrationPlan> PlanAsync(MigrationFolder folder, CancellationToken cancellationToken)
    {
        await using var session = await data.OpenAsync(cancellationToken);
        return MigrationPlan.Build(folder.Scripts, await Journal.ReadAsync(session, cancellationToken));
    }

    private static IReadOnlyList<MigrationScript> Check(MigrationPlan plan, MigrateRequest request)
    {
        if (plan.Problems(request.AllowOutOfOrder, includeMissing: false) is [var first, ..])
        {
            throw first;
        }

        return plan.ToApply(request.Target, request.AllowOutOfOrder);
    }
}
