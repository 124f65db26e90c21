using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Models;

/// <summary>A fresh SQLite file with the model test tables (one per test).</summary>
public sealed class SqliteModelDatabase : IModelTestDatabase, IDisposable
{
    private readonly SqliteDatabase _database = new();

    public SqliteModelDatabase() => _database.Execute(ModelSchemas.Sqlite);

    public string Url => _database.Url;

    public string FilePath => _database.FilePath;

    public bool IsPostgres => false;

    public Task ExecuteAsync(string sql)
    {
        _database.Execute(sql);
        return Task.CompletedTask;
    }

    public Task<long> CountAsync(string sql) => Task.FromResult(_database.Scalar<long>(sql));

    public void Dispose() => _database.Dispose();
}
