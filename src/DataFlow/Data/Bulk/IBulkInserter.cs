namespace DataFlow.Data.Bulk;

/// <summary>
/// An engine's fast path for bulk create: PostgreSQL binary COPY (<see cref="Dialects.Postgres.PostgresBulkCopier"/>)
/// and one prepared, reused SQLite INSERT (<see cref="Dialects.Sqlite.SqliteBulkInserter"/>). It writes runs of
/// consecutive records with the same columns; whatever it declines goes through multi-row INSERT statements.
/// </summary>
internal interface IBulkInserter
{
    /// <summary>True when this path should write a call of <paramref name="count"/> records with <paramref name="resolution"/>.</summary>
    bool Handles(ConflictResolution resolution, int count);

    /// <summary>
    /// Inserts the records from <see cref="BulkRun.Start"/> on that have exactly <see cref="BulkRun.Columns"/>, in
    /// order, and stops at the first record with other columns or with a value this path cannot write. Runs in the
    /// session's transaction; driver errors are left to the caller to translate.
    /// </summary>
    Task<BulkRunResult> InsertAsync(BulkRun run, CancellationToken cancellationToken);
}
