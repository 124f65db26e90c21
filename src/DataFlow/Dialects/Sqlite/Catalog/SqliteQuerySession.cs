using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Runs constant catalog statements on one connection and transaction and streams their rows to a callback.
/// Cancellation interrupts the running statement (<c>sqlite3_interrupt</c>), which Microsoft.Data.Sqlite 6 does not do itself.
/// </summary>
internal sealed class SqliteQuerySession(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
{
    /// <summary>Runs <paramref name="sql"/> with the given parameters and hands each row to <paramref name="readRow"/>.</summary>
    public Task ReadAsync(string sql, Action<SqliteDataReader> readRow, params (string Name, object Value)[] parameters) =>
        InterruptibleAsync(async () =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                readRow(reader);
            }
        });

    /// <summary>
    /// Runs <paramref name="sql"/> (no parameters) through SQLite's statement API on the connection's handle, inside the
    /// transaction, and hands each row to <paramref name="readRow"/>, which can read text as UTF-8 bytes without a string.
    /// </summary>
    public Task ReadStatementAsync(string sql, Action<SqliteStatementReader> readRow) =>
        InterruptibleAsync(async () =>
        {
            var reader = await SqliteStatementReader.OpenStatementAsync(connection, sql, [], cancellationToken);
            await using (reader)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    readRow(reader);
                }
            }
        });

    private async Task InterruptibleAsync(Func<Task> read)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var handle = connection.Handle;
        using var interrupt = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
        try
        {
            await read();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("Schema discovery was cancelled.", ex, cancellationToken);
        }
    }
}
