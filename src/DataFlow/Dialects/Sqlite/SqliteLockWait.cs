using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Makes SQLite itself wait for a locked database (<c>sqlite3_busy_timeout</c>) for the connection's command
/// timeout. Microsoft.Data.Sqlite only retries a statement that is refused before it starts; two refusals happen
/// inside a statement, where only SQLite's own busy handler can wait: the commit of an autocommit write (it needs
/// the exclusive lock while other processes read; refused, the write is rolled back and reported as "database is
/// locked"), and the check of a pooled connection's cached schema after another process changed it (refused, the
/// statement fails with "no such table" for a table that exists).
/// </summary>
internal static class SqliteLockWait
{
    /// <summary>Sets the busy timeout of <paramref name="connection"/> from its <see cref="SqliteConnection.DefaultTimeout"/> (0 = no limit).</summary>
    public static void Apply(SqliteConnection connection)
    {
        var seconds = connection.DefaultTimeout;
        var milliseconds = seconds <= 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, seconds * 1000L);
        raw.sqlite3_busy_timeout(connection.Handle, milliseconds);
    }
}
