using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Data.Bulk;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>The PostgreSQL data dialect's engine services: connections, transactions, readers, bulk COPY.</summary>
internal sealed partial class PostgresDataDialect
{
    /// <inheritdoc />
    public Task<IRowReader> OpenReaderAsync(DataSession session, string text, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken) =>
        DbRowReader.OpenAsync(session, text, arguments, cancellationToken);

    /// <inheritdoc />
    public IBulkInserter BulkInserter { get; } = new PostgresBulkCopier();

    /// <inheritdoc />
    public IDataConnector Connector(ConnectionTarget target, ConnectionSettings settings) => new PostgresDataConnector(target, settings);

    /// <inheritdoc />
    public void Prepare(DbConnection connection)
    {
    }

    /// <inheritdoc />
    public async Task ApplyTransactionTimeoutAsync(DbConnection connection, DbTransaction transaction, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (timeout is not { } value)
        {
            return;
        }

        // SET cannot take a parameter; the value is a whole number of milliseconds formatted here, never user text.
        var milliseconds = Math.Max(1, (long)Math.Ceiling(value.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var command = new NpgsqlCommand("SET LOCAL statement_timeout = " + milliseconds + "; SET LOCAL idle_in_transaction_session_timeout = " + milliseconds, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
