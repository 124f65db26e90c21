namespace DataFlow.Tests.Models;

public sealed class SqliteModelTests : ModelSpec, IDisposable
{
    private readonly SqliteModelDatabase _database = new();

    protected override IModelTestDatabase Database => _database;

    [Fact]
    public async Task Contains_is_refused_on_sqlite_with_a_clear_error()
    {
        await using var db = await RegisteredAsync();
        var error = await Assert.ThrowsAsync<DataFlowDataException>(() => db.Express.ListAsync("docs", new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["$contains"] = "x" } }));
        Assert.Equal(ErrorCodes.OperatorNotSupported, error.Code);
        Assert.Equal("filter.body.$contains", error.Path);
    }

    public void Dispose() => _database.Dispose();
}
