using System.Data.Common;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// The PostgreSQL dialect: connections through Npgsql, and discovery that reads <c>pg_catalog</c> with one
/// set-based query per object kind (see <see cref="PostgresCatalogQueries"/>), in a fixed number of commands
/// whatever the number of tables (see <see cref="PostgresCatalogReader"/>).
/// </summary>
internal sealed class PostgresDialect : IDatabaseDialect
{
    private const int DiscoveryStages = 2;

    /// <inheritdoc />
    public DatabaseKind Kind => DatabaseKind.PostgreSql;

    /// <inheritdoc />
    public string Name => "postgresql";

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(ConnectionTarget target, ConnectionSettings settings, bool mustExist, CancellationToken cancellationToken = default) =>
        await PostgresConnectionFactory.OpenAsync(target, settings, cancellationToken);

    /// <inheritdoc />
    public async Task<DatabaseSchema> ReadSchemaAsync(DbConnection connection, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (connection is not NpgsqlConnection npgsql)
        {
            throw new ArgumentException("The PostgreSQL dialect needs an NpgsqlConnection.", nameof(connection));
        }

        if (npgsql.PostgreSqlVersion < PostgresCatalogQueries.MinimumServerVersion)
        {
            throw DataFlowErrors.DiscoveryFailed(
                target.DisplayUrl,
                $"the server runs PostgreSQL {npgsql.PostgreSqlVersion}; discovery needs PostgreSQL {PostgresCatalogQueries.MinimumServerVersion.Major} or newer",
                new NotSupportedException("PostgreSQL " + npgsql.PostgreSqlVersion));
        }

        options.Progress?.Report(new DiscoveryProgress("reading catalogs", 0, DiscoveryStages));
        PostgresCatalog catalog;
        try
        {
            catalog = await PostgresCatalogReader.ReadAsync(npgsql, options.Schemas, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (PostgresErrorTranslator.IsDriverError(ex))
        {
            throw PostgresErrorTranslator.TranslateRead(ex, target);
        }

        options.Progress?.Report(new DiscoveryProgress("building model", 1, DiscoveryStages));
        var schema = PostgresSchemaReader.Build(catalog, Name);
        options.Progress?.Report(new DiscoveryProgress("done", DiscoveryStages, DiscoveryStages));
        return schema;
    }

    /// <inheritdoc />
    public Task<string> ReadSchemaFingerprintAsync(DbConnection connection, ConnectionTarget target, CancellationToken cancellationToken = default) =>
        connection is NpgsqlConnection npgsql
            ? PostgresSchemaFingerprint.ReadAsync(npgsql, target, cancellationToken)
            : throw new ArgumentException("The PostgreSQL dialect needs an NpgsqlConnection.", nameof(connection));

    /// <inheritdoc />
    public string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <inheritdoc />
    public Migrations.Ddl.IDdlRenderer Ddl { get; } = new PostgresDdlRenderer();
}
