using System.Diagnostics;
using DataFlow.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Reads a query through SQLite's statement API on the connection's own handle (so inside its transaction, with
/// its functions). Microsoft.Data.Sqlite's <c>GetValue</c> asks SQLite for a value's type twice and checks the row
/// once more (four native calls per value); this asks for the type once and then for the value, which makes
/// streaming about 40 % faster. Values are what <c>GetValue</c> returns: <c>long</c>, <c>double</c>, <c>string</c>,
/// <c>byte[]</c> or null. Used only when every argument is one that SQLite stores as is (integers, booleans,
/// doubles, text, blobs), so binding is exactly Microsoft.Data.Sqlite's; other queries use its data reader.
/// A locked database is waited for by SQLite's busy handler (<see cref="SqliteLockWait"/>); a statement SQLite
/// refuses before it starts without waiting (it would deadlock) is retried, like Microsoft.Data.Sqlite does, until
/// the connection's command timeout.
/// </summary>
internal sealed class SqliteStatementReader : IRowReader
{
    private static readonly TimeSpan BusyPause = TimeSpan.FromMilliseconds(150);
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private bool _started;

    private SqliteStatementReader(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    /// <summary>True when every argument is one this reader binds itself (else Microsoft.Data.Sqlite's reader is used).</summary>
    public static bool CanBind(IReadOnlyList<SqlArgument> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value is not (null or long or int or short or byte or bool or string or byte[] { Length: > 0 }) && !(argument.Value is double number && !double.IsNaN(number)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Prepares <paramref name="text"/> (arguments that <see cref="CanBind"/> accepts) and binds the arguments.</summary>
    public static async Task<IRowReader> OpenAsync(SqliteConnection connection, string text, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken) =>
        await OpenStatementAsync(connection, text, arguments, cancellationToken);

    /// <summary>As <see cref="OpenAsync"/>, for a caller that reads the values itself (<see cref="GetUtf8"/>, <see cref="GetString"/>).</summary>
    public static async Task<SqliteStatementReader> OpenStatementAsync(
        SqliteConnection connection, string text, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken)
    {
        var db = connection.Handle!;
        sqlite3_stmt? statement = null;
        Check(await WhileBusyAsync(connection, () => raw.sqlite3_prepare_v2(db, text, out statement), null, cancellationToken), db);
        try
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, SqliteDataDialect.PlaceholderName(i));
                Check(Bind(statement!, index, arguments[i].Value), db);
            }

            return new SqliteStatementReader(connection, statement!);
        }
        catch
        {
            statement?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int rc;
        using (SqliteLockWait.Cancellable(cancellationToken))
        {
            rc = raw.sqlite3_step(_statement);
        }

        if (!_started && rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            rc = await WhileBusyAsync(_connection, () => raw.sqlite3_step(_statement), () => raw.sqlite3_reset(_statement), cancellationToken);
        }

        _started = true;
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            // The busy handler gave up because the operation was cancelled, not because the timeout passed.
            cancellationToken.ThrowIfCancellationRequested();
        }

        Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, _connection.Handle!);
        return false;
    }

    /// <inheritdoc />
    public object? GetValue(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, ordinal),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, ordinal),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(_statement, ordinal).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(_statement, ordinal).ToArray(),
        _ => null,
    };

    /// <summary>True when the value at <paramref name="ordinal"/> of the current row is NULL.</summary>
    public bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

    /// <summary>The value at <paramref name="ordinal"/> as text, as Microsoft.Data.Sqlite's <c>GetString</c> returns it.</summary>
    public string GetString(int ordinal) => raw.sqlite3_column_text(_statement, ordinal).utf8_to_string();

    /// <summary>
    /// The UTF-8 bytes of the value at <paramref name="ordinal"/> as text (empty for NULL), without a string: SQLite's
    /// own buffer, valid until the next call on this reader.
    /// </summary>
    public ReadOnlySpan<byte> GetUtf8(int ordinal)
    {
        // The text first: in a UTF-16 database that converts the value to UTF-8 in place, and the blob is then those bytes.
        _ = raw.sqlite3_column_text(_statement, ordinal);
        return raw.sqlite3_column_blob(_statement, ordinal);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _statement.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        string text => raw.sqlite3_bind_text(statement, index, text),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>Runs <paramref name="attempt"/> until the database is no longer locked or the command timeout has passed.</summary>
    private static async Task<int> WhileBusyAsync(SqliteConnection connection, Func<int> attempt, Action? reset, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var rc = Attempt(attempt, cancellationToken);
        while (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && (connection.DefaultTimeout == 0 || waited.Elapsed.TotalSeconds < connection.DefaultTimeout))
        {
            reset?.Invoke();
            await Task.Delay(BusyPause, cancellationToken);
            rc = Attempt(attempt, cancellationToken);
        }

        return rc;
    }

    /// <summary>Runs a native call whose wait for a lock <paramref name="cancellationToken"/> may end early.</summary>
    private static int Attempt(Func<int> attempt, CancellationToken cancellationToken)
    {
        using var cancellable = SqliteLockWait.Cancellable(cancellationToken);
        return attempt();
    }

    private static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);
}
