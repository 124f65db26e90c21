using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Safety;

public sealed class SqliteNotNullColumnHandlerTests : NotNullColumnHandlerSpec, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override string Url => _database.Url;

    protected override bool IsPostgres => false;

    protected override Task ExecuteAsync(string sql)
    {
        _database.Execute(sql);
        return Task.CompletedTask;
    }

    protected override Task<object?> ScalarAsync(string sql) => Task.FromResult(SqliteScalar.Read(_database, sql));

    public void Dispose() => _database.Dispose();
}
