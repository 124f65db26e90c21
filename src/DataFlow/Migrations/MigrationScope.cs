using DataFlow.Data;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;

namespace DataFlow.Migrations;

/// <summary>
/// What a caller of <see cref="SchemaChangeExecutor.WithMigrationLockAsync{T}"/> works with while it holds the
/// migration lock: the locked session, the journal (already created), how the lock was acquired, and
/// <see cref="ApplyAsync"/> to apply and journal a unit.
/// </summary>
internal sealed class MigrationScope(SchemaChangeExecutor executor, DataSession session, MigrationJournal journal, IMigrationDialect dialect, MigrationLockLease lease)
{
    /// <summary>The session holding the lock; run reads (journal, catalogs) on it.</summary>
    public DataSession Session => session;

    /// <summary>The journal; its tables exist.</summary>
    public MigrationJournal Journal => journal;

    /// <summary>How the lock was acquired (whether the caller waited, how long, for whom).</summary>
    public MigrationLockLease Lease => lease;

    /// <summary>
    /// Applies <paramref name="unit"/> and records its journal row: in one transaction (the row commits with the
    /// SQL; on failure everything rolls back and nothing is recorded), or for a non-transactional unit statement
    /// by statement, the row written after the last (on failure a <c>failed</c> row is written, since statements
    /// before the failing one stay applied).
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-MIG-006</c> when the SQL fails; <c>DF-MODEL-005</c> in existing-schema mode.</exception>
    public Task<AppliedMigration> ApplyAsync(MigrationUnit unit, CancellationToken cancellationToken = default) =>
        executor.ApplyUnitAsync(session, journal, dialect, unit, cancellationToken);
}
