using DataFlow.Connections;
using Npgsql;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// The cheap "has the schema changed?" query of <c>dataflow watch</c>: per catalog that discovery reads, the row
/// count and the sum of the rows' <c>xmin</c> (the transaction that wrote each row version). Any DDL inserts,
/// updates or deletes catalog rows, so one of the pairs moves; vacuum and analyze update <c>pg_class</c> in place
/// and keep <c>xmin</c>, so they do not. See ADR 0015.
/// </summary>
internal static class PostgresSchemaFingerprint
{
    /// <summary>The catalogs whose rows make up the schema that discovery reads.</summary>
    internal static readonly string[] Catalogs =
    [
        "pg_namespace", "pg_class", "pg_attribute", "pg_attrdef", "pg_constraint", "pg_index", "pg_type", "pg_enum",
        "pg_description", "pg_sequence", "pg_rewrite", "pg_inherits", "pg_trigger",
    ];

    /// <summary>One row, one text column: <c>catalog:count:sum</c> for each catalog, space-separated.</summary>
    internal static readonly string Sql = "SELECT " + string.Join(" || ' ' || ", Catalogs.Select(c =>
        $"(SELECT '{c}:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.{c})"));

    /// <summary>Runs <see cref="Sql"/> on <paramref name="connection"/>.</summary>
    public static async Task<string> ReadAsync(NpgsqlConnection connection, ConnectionTarget target, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (Exception ex) when (PostgresErrorTranslator.IsDriverError(ex))
        {
            throw PostgresErrorTranslator.TranslateRead(ex, target);
        }
    }
}
