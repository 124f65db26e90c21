using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>The SQLite dialect (placeholder until introspection lands).</summary>
internal sealed class SqliteDialect : IDatabaseDialect
{
    public DatabaseKind Kind => DatabaseKind.Sqlite;

    public string Name => "sqlite";

    public Task<DbConnection> OpenConnectionAsync(ConnectionTarget target, ConnectionSettings settings, bool mustExist, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<DatabaseSchema> ReadSchemaAsync(DbConnection connection, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
