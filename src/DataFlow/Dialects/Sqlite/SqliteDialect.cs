using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The SQLite dialect: connections through Microsoft.Data.Sqlite on the engine <see cref="SqliteEngine"/> loads,
/// and set-based schema discovery (<see cref="SqliteSchemaReader"/>).
/// </summary>
internal sealed class SqliteDialect : IDatabaseDialect
{
    /// <summary>The dialect name written into snapshots.</summary>
    public const string DialectName = "sqlite";

    /// <inheritdoc />
    public DatabaseKind Kind => DatabaseKind.Sqlite;

    /// <inheritdoc />
    public string Name => DialectName;

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(ConnectionTarget target, ConnectionSettings settings, bool mustExist, CancellationToken cancellationToken = default) =>
        await SqliteConnectionFactory.OpenAsync(target, settings, mustExist, cancellationToken);

    /// <inheritdoc />
    public Task<DatabaseSchema> ReadSchemaAsync(DbConnection connection, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? SqliteSchemaReader.ReadAsync(sqlite, target, options, cancellationToken)
            : throw new ArgumentException($"The SQLite dialect needs a {nameof(SqliteConnection)}, not a {connection.GetType().Name}.", nameof(connection));

    /// <inheritdoc />
    public Task<string> ReadSchemaFingerprintAsync(DbConnection connection, ConnectionTarget target, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? SqliteSchemaFingerprint.ReadAsync(sqlite, target, cancellationToken)
            : throw new ArgumentException($"The SQLite dialect needs a {nameof(SqliteConnection)}, not a {connection.GetType().Name}.", nameof(connection));

    /// <inheritdoc />
    public string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <inheritdoc />
    public Migrations.Ddl.IDdlRenderer Ddl { get; } = new SqliteDdlRenderer();
}
