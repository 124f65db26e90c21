using System.Diagnostics;
using System.Text.Json;
using DataFlow.Data;
using DataFlow.Dialects;
using DataFlow.Migrations;
using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// Runs a <see cref="PlannedSchemaChange"/> through the guarded <see cref="SchemaChangeExecutor"/> and journals it as
/// an auto unit in <c>dataflow_migrations</c>. Outside a run transaction: under the migration lock as one unit
/// (in one transaction, except <c>CONCURRENTLY</c> and the SQLite rebuild, which frames its own). Inside the run's
/// transaction (a <c>TransactionScopeNode</c>): each statement and the journal row on the run's session, so the
/// run's rollback undoes both.
/// </summary>
internal sealed class SchemaChangeRunner(SchemaChangeExecutor executor, DataConnections data)
{
    /// <summary>Runs <paramref name="change"/>; returns the statements sent.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(DataSession session, PlannedSchemaChange change, string nodeId, string unitName, CancellationToken cancellationToken)
    {
        var purpose = $"node {nodeId}: {change.Description}";
        if (executor.IsBlocked)
        {
            // Refused before anything runs; the error names the first statement.
            await executor.ExecuteInTransactionAsync(session, change.Statements, purpose, cancellationToken);
        }

        var metadata = JsonSerializer.Serialize(new { node = nodeId, description = change.Description, risk = change.Risk.Level.ToString().ToUpperInvariant() });
        return session.Transaction is null
            ? await UnderLockAsync(change, unitName, metadata, nodeId, cancellationToken)
            : await InRunTransactionAsync(session, change, purpose, unitName, metadata, nodeId, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> UnderLockAsync(PlannedSchemaChange change, string unitName, string metadata, string nodeId, CancellationToken cancellationToken)
    {
        var sql = string.Join(";\n", change.Statements) + ";";
        var unit = new MigrationUnit(MigrationKind.Auto, null, unitName, sql, Transactional: !change.NoTransaction, metadata);
        try
        {
            return await executor.WithMigrationLockAsync(data, MigrationLockOptions.Default, async scope =>
            {
                if (!change.IsRebuild)
                {
                    await scope.ApplyAsync(unit, cancellationToken);
                    return change.Statements;
                }

                await RebuildAsync(scope, change, unit, cancellationToken);
                return SqliteTableRebuild.Script(change.Statements);
            }, cancellationToken);
        }
        catch (DataFlowException error) when (error.Code == ErrorCodes.MigrationFailed && error.InnerException is { } inner)
        {
            throw DataFlowErrors.SchemaStatementFailed(nodeId, change.Description, inner.Message, inner);
        }
        catch (Exception error) when (data.Dialect.IsDriverError(error) && !cancellationToken.IsCancellationRequested)
        {
            throw DataFlowErrors.SchemaStatementFailed(nodeId, change.Description, error.Message, error);
        }
    }

    /// <summary>
    /// The SQLite rebuild on the locked session: foreign keys off outside the transaction, the statements and the journal
    /// row in one transaction (rolled back whole on failure), foreign keys back on.
    /// </summary>
    private async Task RebuildAsync(MigrationScope scope, PlannedSchemaChange change, MigrationUnit unit, CancellationToken cancellationToken)
    {
        var session = scope.Session;
        var purpose = "migration " + unit.Label;
        var clock = Stopwatch.StartNew();
        await executor.ExecuteAsync(session, "PRAGMA foreign_keys = OFF", purpose, cancellationToken);
        try
        {
            await session.AtomicallyAsync(async () =>
            {
                foreach (var statement in change.Statements)
                {
                    await executor.ExecuteAsync(session, statement, purpose, cancellationToken);
                }

                await scope.Journal.AddAsync(session, Entry(unit, clock.Elapsed), cancellationToken);
                return true;
            }, cancellationToken);
        }
        finally
        {
            await executor.ExecuteAsync(session, "PRAGMA foreign_keys = ON", purpose, CancellationToken.None);
        }
    }

    private static JournalEntry Entry(MigrationUnit unit, TimeSpan duration)
    {
        var actor = MigrationActor.Current;
        return new JournalEntry(0, null, unit.Name, MigrationKind.Auto, unit.Checksum, MigrationStatus.Completed, DateTimeOffset.UtcNow, duration,
            actor.AppliedBy, actor.ToolVersion, unit.Metadata);
    }

    private async Task<IReadOnlyList<string>> InRunTransactionAsync(DataSession session, PlannedSchemaChange change, string purpose, string unitName, string metadata, string nodeId, CancellationToken cancellationToken)
    {
        if (change.NoTransaction)
        {
            throw DataFlowErrors.SchemaNotInTransaction(nodeId, "CREATE/DROP INDEX CONCURRENTLY");
        }

        if (change.IsRebuild && change.IsReferenced)
        {
            throw DataFlowErrors.SchemaNotInTransaction(nodeId, $"rebuilding the SQLite table {change.Table.Name}, which other tables reference (foreign keys cannot be switched off inside a transaction)");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var statement in change.Statements)
            {
                await executor.ExecuteAsync(session, statement, purpose, cancellationToken);
            }
        }
        catch (Exception error) when (session.Dialect.IsDriverError(error) && !cancellationToken.IsCancellationRequested)
        {
            throw DataFlowErrors.SchemaStatementFailed(nodeId, change.Description, error.Message, error);
        }

        var journal = new MigrationJournal(DialectRegistry.MigrationsFor(data.Target.Kind));
        await journal.EnsureCreatedAsync(session, executor, cancellationToken);
        var unit = new MigrationUnit(MigrationKind.Auto, null, unitName, string.Join(";\n", change.Statements) + ";", Transactional: true, metadata);
        await journal.AddAsync(session, Entry(unit, clock.Elapsed), cancellationToken);
        return change.Statements;
    }
}
