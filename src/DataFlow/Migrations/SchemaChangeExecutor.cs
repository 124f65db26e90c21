using DataFlow.Data;
using Microsoft.Extensions.Logging;

namespace DataFlow.Migrations;

/// <summary>
/// The one choke point for SQL that changes the schema (DESIGN.md): every DDL statement DataFlow sends goes
/// through <see cref="ExecuteAsync"/>, which refuses it with <c>DF-MODEL-005</c> (naming the statement) when
/// <see cref="DataFlowOptions.ExistingSchemaMode"/> is on, and logs it either way. Versioned and automatic
/// migrations come through <see cref="WithMigrationLockAsync{T}"/> (the lock and the journal) and
/// <see cref="MigrationScope.ApplyAsync"/> (one unit, journaled); nothing else in the code base may send DDL.
/// </summary>
internal sealed partial class SchemaChangeExecutor(DataFlowOptions options, ILogger logger)
{
    /// <summary>True when schema changes are refused.</summary>
    public bool IsBlocked => options.ExistingSchemaMode;

    /// <summary>Runs one schema-changing statement on <paramref name="session"/>, or refuses it.</summary>
    /// <param name="session">The connection (and transaction) to run on.</param>
    /// <param name="statement">The DDL, built by DataFlow from the schema model (never user text).</param>
    /// <param name="purpose">What the change is for, for the log and the error (<c>creating the model registry table</c>).</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <exception cref="DataFlowException"><c>DF-MODEL-005</c> in existing-schema mode.</exception>
    public async Task ExecuteAsync(DataSession session, string statement, string purpose, CancellationToken cancellationToken = default)
    {
        if (IsBlocked)
        {
            Log.SchemaChangeBlocked(logger, purpose, statement);
            throw DataFlowErrors.SchemaChangeBlocked(purpose, statement);
        }

        Log.SchemaChangeRunning(logger, purpose, statement);
        await using var command = session.Command(statement, []);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="statements"/> in order in one transaction on <paramref name="session"/> (the session's own when
    /// it has one), or refuses all of them before the first runs. A failing statement rolls every one back.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-MODEL-005</c> in existing-schema mode.</exception>
    public async Task ExecuteInTransactionAsync(DataSession session, IReadOnlyList<string> statements, string purpose, CancellationToken cancellationToken = default)
    {
        if (IsBlocked && statements.Count > 0)
        {
            Log.SchemaChangeBlocked(logger, purpose, statements[0]);
            throw DataFlowErrors.SchemaChangeBlocked(purpose, statements[0]);
        }

        await session.AtomicallyAsync(async () =>
        {
            foreach (var statement in statements)
            {
                await ExecuteAsync(session, statement, purpose, cancellationToken);
            }

            return true;
        }, cancellationToken);
    }
}
