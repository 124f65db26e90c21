namespace DataFlow.Data;

/// <summary>
/// A forward-only reader of a query's rows as CLR values (null for SQL NULL): a driver's data reader
/// (<see cref="DbRowReader"/>), or SQLite's statement API directly (<see cref="Dialects.Sqlite.SqliteStatementReader"/>),
/// which reads each value with half the native calls of Microsoft.Data.Sqlite's <c>GetValue</c>.
/// </summary>
internal interface IRowReader : IAsyncDisposable
{
    /// <summary>Moves to the next row; false after the last.</summary>
    ValueTask<bool> ReadAsync(CancellationToken cancellationToken);

    /// <summary>The value of column <paramref name="ordinal"/> of the current row, as the driver's <c>GetValue</c> gives it; null for NULL.</summary>
    object? GetValue(int ordinal);
}
