using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Runs constant catalog statements on one connection and transaction and streams their rows to a callback.
/// Cancellation interrupts the running statement (<c>sqlite3_interrupt</c>), which Microsoft.Data.Sqlite 6 does not do itself.
/// </summary>
internal sealed class SqliteQuerySession(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
{
    /// <summary>Runs <paramref name="sql"/> with the given parameters and hands each row to <paramref name="readRow"/>.</summary>
    public async Task ReadAsync(string sql, Action<SqliteDataReader> readRow, params (string Name, object Value)[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var handle = connection.Handle;
        using var interrupt = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
        try
        {
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                readRow(reader);
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("Schema discovery was cancelled.", ex, cancellationToken);
        }
    }
}
