using System.Globalization;
using System.Text.Json;
using DataFlow.Dialects.Postgres;
using Npgsql;

namespace DataFlow.Bench.Profiling;

/// <summary>
/// The server's execution time of each PostgreSQL catalog query, as discovery runs it: prepared, generic plan,
/// in the same READ ONLY transaction settings; the fastest of <c>runs</c> executions of
/// <c>EXPLAIN (ANALYZE, TIMING OFF)</c>. It leaves out sending the rows (the client's share is the rest of the
/// catalog read).
/// </summary>
internal static class CatalogQueryTimes
{
    /// <summary>Discovery's queries by name; the first is the one the exporting session runs alone.</summary>
    private static readonly (string Name, string Sql)[] Queries =
    [
        ("Columns", PostgresCatalogQueries.Columns), ("Relations", PostgresCatalogQueries.Relations),
        ("SerialColumns", PostgresCatalogQueries.SerialColumns), ("Constraints", PostgresCatalogQueries.Constraints),
        ("Indexes", PostgresCatalogQueries.Indexes), ("IndexNames", PostgresCatalogQueries.IndexNames),
        ("Types", PostgresCatalogQueries.Types), ("Enums", PostgresCatalogQueries.Enums), ("Domains", PostgresCatalogQueries.Domains),
        ("DomainChecks", PostgresCatalogQueries.DomainChecks), ("Sequences", PostgresCatalogQueries.Sequences),
        ("Comments", PostgresCatalogQueries.Comments), ("Unsupported", PostgresCatalogQueries.Unsupported),
    ];

    public static async Task PrintAsync(string connectionString, int runs, string? explain = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, PostgresCatalogQueries.Begin + "; " + PostgresCatalogQueries.PinSearchPath + "; " +
            PostgresCatalogQueries.NoJit + "; " + PostgresCatalogQueries.GenericPlans);
        var others = 0.0;
        foreach (var (name, sql) in Queries)
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + PostgresCatalogQueries.ForServer(sql, connection.PostgreSqlVersion), connection);
            command.Parameters.Add(new NpgsqlParameter<string[]>(PostgresCatalogQueries.SchemasParameter, []));
            await command.PrepareAsync();
            var best = double.MaxValue;
            for (var i = 0; i < runs; i++)
            {
                using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
                best = Math.Min(best, plan.RootElement[0].GetProperty("Execution Time").GetDouble());
            }

            others += name == "Columns" ? 0 : best;
            var (rows, bytes) = await ResultSizeAsync(connection, sql);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server {name,-14} {best,6:F2} ms, {rows,6} rows, {bytes / 1024.0,7:F1} KB binary"));
            if (explain == name)
            {
                await using var plan = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + PostgresCatalogQueries.ForServer(sql, connection.PostgreSqlVersion), connection);
                plan.Parameters.Add(new NpgsqlParameter<string[]>(PostgresCatalogQueries.SchemasParameter, []));
                await using var reader = await plan.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Console.WriteLine("    " + reader.GetString(0));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server, all but Columns (the importing session): {others:F2} ms"));
        await ExecuteAsync(connection, PostgresCatalogQueries.Commit);
    }

    /// <summary>Rows and bytes of the result in COPY's binary format (about what the rows cost on the wire: a length per field).</summary>
    private static async Task<(long Rows, long Bytes)> ResultSizeAsync(NpgsqlConnection connection, string sql)
    {
        var text = PostgresCatalogQueries.ForServer(sql, connection.PostgreSqlVersion).Replace("@schemas", "'{}'::text[]", StringComparison.Ordinal);
        long bytes = 0;
        await using (var stream = await connection.BeginRawBinaryCopyAsync("COPY (" + text + ") TO STDOUT (FORMAT binary)"))
        {
            var buffer = new byte[65536];
            int read;
            while ((read = await ((Stream)stream).ReadAsync(buffer.AsMemory())) > 0)
            {
                bytes += read;
            }
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM (" + text + ") q", connection);
        return ((long)(await count.ExecuteScalarAsync())!, bytes);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
