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

    public void Dispose() => _database.Dispose();
}
