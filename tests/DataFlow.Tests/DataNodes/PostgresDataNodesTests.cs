using DataFlow.Tests.Infrastructure;
using Npgsql;

namespace DataFlow.Tests.DataNodes;

public sealed class PostgresDataNodesTests(PostgresDatabase database) : DataNodesSpec, IClassFixture<PostgresDatabase>
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

    protected override void AssertDialectMetrics(IReadOnlyDictionary<string, object?> metrics)
    {
        Assert.Empty(Assert.IsAssignableFrom<IEnumerable<object?>>(metrics["unavailable"]));
        var orders = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)metrics["tables"]!)["public.orders"]!;
        Assert.True((long)orders["table_size_bytes"]! >= (long)orders["data_size_bytes"]!);
        Assert.True(orders.ContainsKey("seq_scan"));
        var indexes = (IReadOnlyDictionary<string, object?>)metrics["indexes"]!;
        Assert.Contains("public.ix_orders_status", indexes.Keys);
        Assert.Contains("pg_total_relation_size", ((IReadOnlyDictionary<string, string>)metrics["sources"]!)["table_size"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backfill_casts_text_into_an_enum_column_and_stored_rounding_does_not_keep_rows_pending()
    {
        await database.ExecuteAsync("""
            DROP TABLE IF EXISTS tickets; DROP TYPE IF EXISTS mood;
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE TABLE tickets (id bigint PRIMARY KEY, score numeric(6,1), feeling mood, rounded numeric(6,1));
            INSERT INTO tickets (id, score) SELECT g, g / 3.0 FROM generate_series(1, 9) g;
            """);
        await using var db = new DataFlowDb(database.Url);

        var feelings = await RunAsync(db, "DataBackfillNode", new { table = "tickets", update_field = "feeling", calculation = "CASE WHEN score >= 2 THEN 'happy' ELSE 'sad' END" });
        var first = await RunAsync(db, "DataBackfillNode", new { table = "tickets", update_field = "rounded", calculation = "score / 7" });
        var second = await RunAsync(db, "DataBackfillNode", new { table = "tickets", update_field = "rounded", calculation = "score / 7" });

        Assert.Equal(9L, feelings["rows_updated"]);
        Assert.Equal("happy", await ScalarAsync("SELECT feeling::text FROM tickets WHERE id = 9"));
        Assert.Equal(9L, first["rows_updated"]);
        Assert.Equal(0L, second["rows_updated"]);
    }

    [Fact]
    public async Task Tables_outside_the_search_path_are_named_schema_dot_table()
    {
        await database.ExecuteAsync("""
            DROP SCHEMA IF EXISTS sales CASCADE; CREATE SCHEMA sales;
            CREATE TABLE sales.orders (id int PRIMARY KEY, amount int, doubled int);
            INSERT INTO sales.orders (id, amount) SELECT g, g FROM generate_series(1, 4) g;
            """);
        await using var db = new DataFlowDb(database.Url);

        var backfill = await RunAsync(db, "DataBackfillNode", new { table = "sales.orders", update_field = "doubled", calculation = "amount * 2" });
        var monitor = await RunAsync(db, "MonitoringNode", new { capture_metrics = new[] { "row_count", "table_size" }, tables = "sales.orders" });
        var unqualified = await FailsAsync(db, "ValidationNode", new { table = "sales.ordrs", check_table_exists = true, fail_on_error = true });

        Assert.Equal(4L, backfill["rows_updated"]);
        Assert.Equal(8, await ScalarAsync("SELECT doubled FROM sales.orders WHERE id = 4"));
        var tables = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)monitor["metrics"]!)["tables"]!;
        Assert.Equal(4L, ((IReadOnlyDictionary<string, object?>)tables["sales.orders"]!)["row_count"]);
        Assert.Equal(ErrorCodes.ValidationFailed, unqualified.Code);
    }
}
