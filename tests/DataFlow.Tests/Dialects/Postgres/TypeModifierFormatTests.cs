using DataFlow.Dialects.Postgres;
using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// Discovery writes the raw type of <c>varchar(n)</c> and <c>numeric(p,s)</c> columns itself instead of calling
/// <c>format_type</c> per column: the text must be the server's, for every modifier either type can have.
/// </summary>
public sealed class TypeModifierFormatTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Varchar_and_numeric_modifiers_are_formatted_as_format_type_does()
    {
        // Every precision 1..1000 with the scales at and around its edges (negative scales since PostgreSQL 15),
        // and varchar lengths from 1 to the largest PostgreSQL allows.
        const string sql = """
            SELECT t.oid::int8, m.typmod, format_type(t.oid, m.typmod)
              FROM (SELECT 'numeric'::regtype::oid AS oid) t,
                   LATERAL (SELECT ((p << 16) | (s & 2047)) + 4 AS typmod
                              FROM generate_series(1, 1000) p, unnest(ARRAY[-1000, -2, -1, 0, 1, 2, p - 1, p, 999]) s
                             WHERE s <= 1000 AND s >= -1000) m
            UNION ALL
            SELECT 'varchar'::regtype::oid::int8, n + 4, format_type('varchar'::regtype, n + 4)
              FROM unnest(ARRAY[1, 2, 9, 10, 255, 256, 65535, 10485760]) n
            """;
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var compared = 0;
        while (await reader.ReadAsync())
        {
            var expected = reader.GetString(2);
            Assert.Equal(expected, PostgresTypeModifiers.Format((uint)reader.GetInt64(0), reader.GetInt32(1)));
            compared++;
        }

        Assert.True(compared > 9000, $"only {compared} modifiers compared");
    }

    [Theory]
    [InlineData(1043, -1)] // varchar without a length: the type's display name
    [InlineData(1700, -1)] // numeric without precision
    [InlineData(1042, 7)] // bpchar: formatted by the server
    [InlineData(1114, 3)] // timestamp(3): formatted by the server
    [InlineData(25, -1)] // text
    public void Other_types_and_missing_modifiers_are_left_to_the_server(uint typeOid, int typeModifier) =>
        Assert.Null(PostgresTypeModifiers.Format(typeOid, typeModifier));
}
