using DataFlow.Connections;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Opens Microsoft.Data.Sqlite connections on the engine chosen by <see cref="SqliteEngine"/>.
/// With <c>mustExist</c> the file is checked first and opened without the create flag, so a missing file is an
/// error and never an empty new database. Opening is followed by one read of the database header
/// (<c>PRAGMA schema_version</c>), because SQLite opens any file lazily and only then finds out that it is not a
/// database; the header is enough for that, and leaves loading the schema to the first catalog statement.
/// <see cref="ConnectionSettings.CommandTimeout"/> becomes the connection's default command timeout, which
/// Microsoft.Data.Sqlite also uses as the time to wait for a locked database, and SQLite's own busy timeout
/// (<see cref="SqliteLockWait"/>); opening a local file has no
/// connect timeout to apply.
/// </summary>
internal static class SqliteConnectionFactory
{
    private const string ProbeSql = "PRAGMA main.schema_version";

    /// <summary>Opens a connection to <paramref name="target"/>.</summary>
    public static async Task<SqliteConnection> OpenAsync(ConnectionTarget target, ConnectionSettings settings, bool mustExist, CancellationToken cancellationToken = default)
    {
        SqliteEngine.EnsureInitialized();
        var connectionString = BuildConnectionString(target, settings, mustExist);
        if (mustExist && target.FilePath is { } path && !File.Exists(path) && !Directory.Exists(path))
        {
            throw DataFlowErrors.DatabaseFileNotFound(path);
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqliteLockWait.Apply(connection);
            using var probe = connection.CreateCommand();
            probe.CommandText = ProbeSql;
            await probe.ExecuteScalarAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw SqliteErrorTranslator.OnOpen(target, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The connection string: the user's own when given (its data source replaced by the resolved absolute path),
    /// else one built from the URL. URL connections are not pooled, so that no file stays open after an operation.
    /// </summary>
    internal static string BuildConnectionString(ConnectionTarget target, ConnectionSettings settings, bool mustExist)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(target.RawConnectionString ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            throw DataFlowErrors.MalformedUrl(target.DisplayUrl, "it is not a valid SQLite connection string (" + ex.Message + ")");
        }

        if (target.RawConnectionString is null)
        {
            builder.Pooling = false;
            builder.DataSource = target.IsInMemory ? ":memory:" : target.FilePath;
        }
        else if (!target.IsInMemory && target.FilePath is not null)
        {
            builder.DataSource = target.FilePath;
        }

        if (target.IsReadOnly)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }
        else if (mustExist && builder.Mode == SqliteOpenMode.ReadWriteCreate && !target.IsInMemory)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        builder.DefaultTimeout = (int)Math.Ceiling(settings.CommandTimeout.TotalSeconds);
        return builder.ToString();
    }
}
