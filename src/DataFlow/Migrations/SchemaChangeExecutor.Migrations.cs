using System.Diagnostics;
using DataFlow.Data;
using DataFlow.Dialects;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;

namespace DataFlow.Migrations;

/// <summary>The executor's migration entry: the lock, the journal, and applying one unit.</summary>
internal sealed partial class SchemaChangeExecutor
{
    /// <summary>
    /// Opens a session on <paramref name="data"/>, takes the database's migration lock (waiting up to
    /// <see cref="MigrationLockOptions.Timeout"/>), creates the journal tables if missing, runs
    /// <paramref name="work"/>, and releases the lock and the session whatever happens. Read the journal inside
    /// <paramref name="work"/> (not before): another process may have applied something while this one waited.
    /// </summary>
    /// <exception cref="DataFlowException">
    /// <c>DF-MODEL-005</c> in existing-schema mode (before connecting); <c>DF-MIG-005</c> when the lock is not
    /// acquired in time; whatever <paramref name="work"/> throws.
    /// </exception>
    public async Task<T> WithMigrationLockAsync<T>(DataConnections data, MigrationLockOptions options, Func<MigrationScope, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        RefuseIfBlocked("taking the migration lock", "lock and journal " + MigrationJournal.TableName);
        var dialect = DialectRegistry.MigrationsFor(data.Target.Kind);
        await using var session = await data.OpenAsync(cancellationToken);
        await using var lease = await dialect.AcquireLockAsync(session, data.Target, options, cancellationToken);
        Log.MigrationLockAcquired(logger, lease.Waited, lease.WaitTime.TotalMilliseconds, lease.Holder ?? "unknown");
        var journal = new MigrationJournal(dialect);
        await journal.EnsureCreatedAsync(session, this, cancellationToken);
        return await work(new MigrationScope(this, session, journal, dialect, lease));
    }

    /// <summary>Applies and journals one unit on a locked session (see <see cref="MigrationScope.ApplyAsync"/>).</summary>
    internal async Task<AppliedMigration> ApplyUnitAsync(DataSession session, MigrationJournal journal, IMigrationDialect dialect, MigrationUnit unit, CancellationToken cancellationToken)
    {
        RefuseIfBlocked("applying migration " + unit.Label, unit.Sql);
        var commands = dialect.Commands(unit.Sql, unit.Transactional);
        var clock = Stopwatch.StartNew();
        Log.MigrationApplying(logger, unit.Label, unit.Transactional, commands.Count);
        if (unit.Transactional)
        {
            try
            {
                return await session.AtomicallyAsync(async () =>
                {
                    await RunAsync(session, unit, commands, cancellationToken);
                    await journal.AddAsync(session, Entry(unit, MigrationStatus.Completed, clock.Elapsed, null), cancellationToken);
                    return new AppliedMigration(unit, clock.Elapsed, commands.Count);
                }, cancellationToken);
            }
            catch (Exception e) when (session.Dialect.IsDriverError(e))
            {
                Log.MigrationFailed(logger, unit.Label, e.Message);
                throw DataFlowErrors.MigrationFailed(unit.Label, e.Message, committed: 0, e);
            }
        }

        var done = 0;
        try
        {
            foreach (var command in commands)
            {
                await RunAsync(session, unit, [command], cancellationToken);
                done++;
            }
        }
        catch (Exception e) when (session.Dialect.IsDriverError(e))
        {
            Log.MigrationFailed(logger, unit.Label, e.Message);
            await journal.AddAsync(session, Entry(unit, MigrationStatus.Failed, clock.Elapsed, e.Message), CancellationToken.None);
            throw DataFlowErrors.MigrationFailed(unit.Label, e.Message, committed: done, e);
        }

        await journal.AddAsync(session, Entry(unit, MigrationStatus.Completed, clock.Elapsed, null), cancellationToken);
        return new AppliedMigration(unit, clock.Elapsed, commands.Count);
    }

    private void RefuseIfBlocked(string purpose, string statement)
    {
        if (IsBlocked)
        {
            Log.SchemaChangeBlocked(logger, purpose, statement);
            throw DataFlowErrors.SchemaChangeBlocked(purpose, statement);
        }
    }

    private async Task RunAsync(DataSession session, MigrationUnit unit, IReadOnlyList<string> commands, CancellationToken cancellationToken)
    {
        foreach (var text in commands)
        {
            Log.SchemaChangeRunning(logger, "migration " + unit.Label, text);
            await using var command = session.Command(text, []);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static JournalEntry Entry(MigrationUnit unit, MigrationStatus status, TimeSpan duration, string? error)
    {
        var actor = MigrationActor.Current;
        return new JournalEntry(0, unit.Version, unit.Name, unit.Kind, unit.Checksum, status, DateTimeOffset.UtcNow, duration, actor.AppliedBy, actor.ToolVersion, unit.Metadata, error);
    }
}
