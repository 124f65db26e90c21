using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Data.Bulk;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>The SQLite data dialect's engine services: connections, transactions, readers, bulk inserts.</summary>
internal sealed partial class SqliteDataDialect
{
    /// <inheritdoc />
    public async Task<IRowReader> OpenReaderAsync(DataSession session, string text, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken) =>
        SqliteStatementReader.CanBind(arguments)
            ? await SqliteStatementReader.OpenAsync((SqliteConnection)session.Connection, text, arguments, cancellationToken)
            : await DbRowReader.OpenAsync(session, text, arguments, cancellationToken);

    /// <inheritdoc />
    public IBulkInserter BulkInserter { get; } = new SqliteBulkInserter();

    /// <inheritdoc />
    public IDataConnector Connector(ConnectionTarget target, ConnectionSettings settings) => new SqliteDataConnector(target, settings, this);

    /// <inheritdoc />
    public void Prepare(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction<string?, object?, bool?>(
            "regexp",
            (pattern, input) => pattern is null || input is null or DBNull
                ? null
                : System.Text.RegularExpressions.Regex.IsMatch(Convert.ToString(input, System.Globalization.CultureInfo.InvariantCulture)!, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)),
            isDeterministic: true);

    /// <inheritdoc />
    public Task ApplyTransactionTimeoutAsync(DbConnection connection, DbTransaction transaction, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (timeout is { } value)
        {
            ((SqliteConnection)connection).DefaultTimeout = Math.Max(1, (int)Math.Ceiling(value.TotalSeconds));
            SqliteLockWait.Apply((SqliteConnection)connection);
        }

        return Task.CompletedTask;
    }
}
