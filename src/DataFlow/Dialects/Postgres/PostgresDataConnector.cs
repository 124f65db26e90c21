using System.Data.Common;
using DataFlow.Connections;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Data connections to a PostgreSQL target from Npgsql's pool, with the connection string built once (building it
/// costs more than taking a pooled connection).
/// </summary>
internal sealed class PostgresDataConnector(ConnectionTarget target, ConnectionSettings settings) : IDataConnector
{
    private readonly string _connectionString = PostgresConnectionFactory.BuildConnectionString(target, settings);

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (PostgresErrorTranslator.IsDriverError(ex))
        {
            await connection.DisposeAsync();
            throw PostgresErrorTranslator.TranslateConnect(ex, target);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
