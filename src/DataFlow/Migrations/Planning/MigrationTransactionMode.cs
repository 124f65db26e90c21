namespace DataFlow.Migrations.Planning;

/// <summary>How the statements of a plan must be run.</summary>
public enum MigrationTransactionMode
{
    /// <summary>All statements in one transaction opened by the runner (the default).</summary>
    Transaction = 0,

    /// <summary>Without a transaction, statement by statement (<c>CREATE INDEX CONCURRENTLY</c>); the file says <c>-- dataflow:no-transaction</c>.</summary>
    NoTransaction,

    /// <summary>
    /// The SQLite table rebuild: the script turns foreign keys off, opens and commits its own transaction and turns
    /// foreign keys on again (a PRAGMA that is a no-op inside a transaction); the file says <c>-- dataflow:no-transaction</c>.
    /// </summary>
    SelfManaged,
}
