using DataFlow.Connections;
using DataFlow.Data;

namespace DataFlow.Migrations.Locking;

/// <summary>
/// What versioned migrations need from an engine: the migration lock, the journal's key column, whether a table
/// exists, and how a script is sent. One implementation per dialect folder (<c>PostgresMigrationDialect</c>,
/// <c>SqliteMigrationDialect</c>), found through <see cref="Dialects.DialectRegistry.MigrationsFor"/>.
/// </summary>
internal interface IMigrationDialect
{
    /// <summary>The column definition of the journal tables' key (an auto-numbered 64-bit integer primary key).</summary>
    string IdentityColumn { get; }

    /// <summary>A query returning a row when the table named by the parameter <c>{0}</c> exists in the default schema.</summary>
    string TableExistsSql { get; }

    /// <summary>
    /// Takes the database's migration lock for <paramref name="session"/>, waiting up to the timeout.
    /// Does not open a transaction; the lease outlives the transactions run on the session.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-MIG-005</c> when the timeout passes (naming the holder when known).</exception>
    Task<MigrationLockLease> AcquireLockAsync(DataSession session, ConnectionTarget target, MigrationLockOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// The commands to send for <paramref name="script"/>: the whole script as one command where the driver runs
    /// several statements in order, or the script split into statements where each must be its own command (outside
    /// a transaction on PostgreSQL, where one multi-statement command would be an implicit transaction).
    /// </summary>
    IReadOnlyList<string> Commands(string script, bool transactional);
}
