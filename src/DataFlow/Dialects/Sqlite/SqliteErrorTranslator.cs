using DataFlow.Connections;
using Microsoft.Data.Sqlite;
using static SQLitePCL.raw;

namespace DataFlow.Dialects.Sqlite;

/// <summary>Turns SQLite's error codes into DataFlow errors with stable codes; the SQLite error stays the inner exception.</summary>
internal static class SqliteErrorTranslator
{
    /// <summary>An error while opening (or first reading) the database.</summary>
    public static DataFlowException OnOpen(ConnectionTarget target, SqliteException error)
    {
        var path = target.FilePath ?? ":memory:";
        return (error.SqliteErrorCode & 0xFF) switch
        {
            SQLITE_CANTOPEN when !File.Exists(path) && !Directory.Exists(path) => DataFlowErrors.DatabaseFileNotFound(path),
            SQLITE_CANTOPEN when Directory.Exists(path) => DataFlowErrors.DatabaseUnreadable(path, "it is a directory", error),
            SQLITE_BUSY or SQLITE_LOCKED => DataFlowErrors.Timeout(target.DisplayUrl, error),
            _ => DataFlowErrors.DatabaseUnreadable(path, Detail(error), error),
        };
    }

    /// <summary>An error while reading the catalogs.</summary>
    public static DataFlowException OnRead(ConnectionTarget target, SqliteException error) => (error.SqliteErrorCode & 0xFF) switch
    {
        SQLITE_NOTADB or SQLITE_CORRUPT => DataFlowErrors.DatabaseUnreadable(target.FilePath ?? ":memory:", Detail(error), error),
        SQLITE_BUSY or SQLITE_LOCKED => DataFlowErrors.Timeout(target.DisplayUrl, error),
        _ => DataFlowErrors.DiscoveryFailed(target.DisplayUrl, Detail(error), error),
    };

    // "SQLite Error 26: 'file is not a database'." -> "file is not a database (SQLite error 26)"
    private static string Detail(SqliteException error)
    {
        var message = error.Message;
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        var text = start >= 0 && end > start ? message[(start + 1)..end] : message.TrimEnd('.');
        return $"{text} (SQLite error {error.SqliteErrorCode})";
    }
}
