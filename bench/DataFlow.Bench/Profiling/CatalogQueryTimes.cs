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

    public static async Task PrintAsync(string connectionString, int runs)
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server {name,-14} {best,6:F2} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server, all but Columns (the importing session): {others:F2} ms"));
        await ExecuteAsync(connection, PostgresCatalogQueries.Commit);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
