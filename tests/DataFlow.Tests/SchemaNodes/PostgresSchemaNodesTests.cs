using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.SchemaNodes;

public sealed class PostgresSchemaNodesTests(PostgresDatabase database) : SchemaNodesSpec, IClassFixture<PostgresDatabase>
{
    protected override string Url => database.Url;

    protected override bool IsPostgres => true;

    protected override Task ExecuteAsync(string sql) => database.ExecuteAsync(sql);

    protected override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    protected override string ColumnsSql(string table) =>
        $"SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = current_schema()";

    protected override string IndexCountSql(string index) => $"SELECT COUNT(*) FROM pg_indexes WHERE indexname = '{index}'";
}
