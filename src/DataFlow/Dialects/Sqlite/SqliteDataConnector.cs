using System.Data.Common;
using DataFlow.Connections;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Data connections to a SQLite file. Unlike discovery, data operations use Microsoft.Data.Sqlite's pool for URL
/// targets (a pooled open is a fraction of the cost of opening the file and reading its schema again), and check
/// the file (it exists, it is a database) on the first open only. The pool is cleared when the database is
/// disposed, so no file stays open after <see cref="DataFlowDb.DisposeAsync"/>. In-memory targets stay unpooled
/// (each connection is its own database); a connection string given by the user keeps its own pooling setting.
/// </summary>
internal sealed class SqliteDataConnector : IDataConnector
{
    private const string ProbeSql = "SELECT count(*) FROM main.sqlite_master";
    private readonly ConnectionTarget _target;
    private readonly SqliteDataDialect _dialect;
    private readonly string _connectionString;
    private volatile bool _checked;

    public SqliteDataConnector(ConnectionTarget target, ConnectionSettings settings, SqliteDataDialect dialect)
    {
        _target = target;
        _dialect = dialect;
        var builder = new SqliteConnectionStringBuilder(SqliteConnectionFactory.BuildConnectionString(target, settings, mustExist: true));
        if (target.RawConnectionString is null && !target.IsInMemory)
        {
            builder.Pooling = true;
        }

        _connectionString = builder.ToString();
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        SqliteEngine.EnsureInitialized();
        if (!_checked && _target.FilePath is { } path && !File.Exists(path) && !Directory.Exists(path))
        {
            throw DataFlowErrors.DatabaseFileNotFound(path);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqliteLockWait.Apply(connection);
            if (!_checked)
            {
                // SQLite opens any file lazily; reading the schema once finds out whether it is a database at all.
                using var probe = connection.CreateCommand();
                probe.CommandText = ProbeSql;
                await probe.ExecuteScalarAsync(cancellationToken);
                _checked = true;
            }

            _dialect.Prepare(connection);
            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw SqliteErrorTranslator.OnOpen(_target, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
