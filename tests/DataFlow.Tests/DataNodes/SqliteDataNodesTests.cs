using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.DataNodes;

public sealed class SqliteDataNodesTests : DataNodesSpec, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override string Url => _database.Url;

    protected override bool IsPostgres => false;

    protected override Task ExecuteAsync(string sql)
    {
        _database.Execute(sql);
        return Task.CompletedTask;
    }

    protected override Task<object?> ScalarAsync(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _database.FilePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult(command.ExecuteScalar());
    }

    protected override void AssertDialectMetrics(IReadOnlyDictionary<string, object?> metrics)
    {
        var unavailable = Assert.IsAssignableFrom<IEnumerable<IReadOnlyDictionary<string, object?>>>(metrics["unavailable"]).Select(u => (string)u["metric"]!).ToList();
        Assert.Contains("index_usage", unavailable);
        Assert.Contains("query_performance", unavailable);
        Assert.Empty((IReadOnlyDictionary<string, object?>)metrics["indexes"]!);
        var database = (IReadOnlyDictionary<string, object?>)metrics["database"]!;
        Assert.True((long)database["file_size_bytes"]! > 0);
        var sources = (IReadOnlyDictionary<string, string>)metrics["sources"]!;
        var orders = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)metrics["tables"]!)["orders"]!;
        if (sources["table_size"].StartsWith("dbstat", StringComparison.Ordinal))
        {
            Assert.True((long)orders["table_size_bytes"]! > 0);
        }
        else
        {
            Assert.False(orders.ContainsKey("table_size_bytes"));
            Assert.Contains("table_size", unavailable);
        }
    }

    [Fact]
    public async Task The_data_nodes_log_what_they_did_with_stable_event_ids()
    {
        await using var seeded = await OrdersAsync(4);
        var logs = new DataFlow.Tests.Workflows.Support.ListLoggerFactory();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url, LoggerFactory = logs });

        await RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "subtotal" });
        await RunAsync(db, "ValidationNode", new { table = "orders", column = "shipping", check_not_null = true });

        Assert.Contains(logs.Entries, e => e.EventId == 4100 && e.Message == "node: backfilled orders.total_amount: 4 rows in 1 batches");
        Assert.Contains(logs.Entries, e => e.EventId == 4120 && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("shipping has 1 NULL", StringComparison.Ordinal));
    }

    public void Dispose() => _database.Dispose();
}
