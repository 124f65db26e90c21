using System.Diagnostics;
using DataFlow.Bench.Generation;
using Npgsql;

namespace DataFlow.Bench.Databases;

/// <summary>Creates and drops one PostgreSQL database per size (<c>bench_discovery_N</c>) on the given server.</summary>
internal sealed class PostgresBenchDatabases(string serverUrl)
{
    private readonly Uri _server = new(serverUrl);

    /// <summary>Generates the database; with <paramref name="reuse"/>, keeps one an earlier run generated with the same generator version.</summary>
    public async Task<BenchDatabase> CreateAsync(int tableCount, int tablesPerBatch, bool reuse)
    {
        var name = "bench_discovery_" + tableCount;
        var marker = $"dataflow-bench schema v{SchemaGenerator.Version}: {tableCount} tables";
        var tables = SchemaGenerator.Generate(tableCount);
        var started = Stopwatch.GetTimestamp();
        await using (var admin = await OpenAsync(ServerDatabase))
        {
            if (reuse && await CommentOfAsync(admin, name) == marker)
            {
                return Describe(name, tables, 0) with { Reused = true };
            }

            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        }

        await using (var connection = await OpenAsync(name))
        {
            // Each batch is one multi-statement command: one round trip and one implicit transaction.
            foreach (var batch in new PostgresDdl().Batches(tables, tablesPerBatch))
            {
                await ExecuteAsync(connection, batch);
            }

            await AnalyzeCatalogsAsync(connection);
            await ExecuteAsync(connection, $"COMMENT ON DATABASE \"{name}\" IS '{marker}'");
        }

        return Describe(name, tables, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task DropAsync(BenchDatabase database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = await OpenAsync(ServerDatabase);
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database.Name}\" WITH (FORCE)");
    }

    public async Task<string> ServerVersionAsync()
    {
        await using var connection = await OpenAsync(ServerDatabase);
        return connection.PostgreSqlVersion.ToString();
    }

    private string ServerDatabase => _server.AbsolutePath.TrimStart('/') is { Length: > 0 } database ? database : "postgres";

    private BenchDatabase Describe(string name, IReadOnlyList<GeneratedTable> tables, double generationMs) =>
        new(BenchDialect.Postgres, name, _server.GetLeftPart(UriPartial.Authority) + "/" + name, ConnectionStringFor(name),
            SchemaGenerator.Count(tables), generationMs);

    private static async Task<string?> CommentOfAsync(NpgsqlConnection admin, string database)
    {
        await using var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync() as string;
    }

    // Fresh catalog statistics, as a live database would have after autovacuum, so that neither tool's
    // catalog queries are planned against the statistics of an empty database.
    private static async Task AnalyzeCatalogsAsync(NpgsqlConnection connection)
    {
        const string catalogTables = "SELECT string_agg('ANALYZE pg_catalog.' || quote_ident(relname), '; ') FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r'";
        await using var command = new NpgsqlCommand(catalogTables, connection);
        var analyze = (string)(await command.ExecuteScalarAsync())!;
        await ExecuteAsync(connection, analyze);
    }

    private string ConnectionStringFor(string database) => ConnectionString(_server, database);

    /// <summary>An Npgsql connection string for <paramref name="database"/> on the server of the URL <paramref name="server"/>.</summary>
    internal static string ConnectionString(Uri server, string database)
    {
        var userInfo = server.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = server.Host,
            Port = server.Port > 0 ? server.Port : 5432,
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
            Database = database,
            CommandTimeout = 0,
        }.ConnectionString;
    }

    private async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(ConnectionStringFor(database));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
