using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Models;

/// <summary>A PostgreSQL database with the model test tables, shared by one test class (rows reset per test).</summary>
public sealed class PostgresModelDatabase : PostgresDatabase, IModelTestDatabase
{
    public bool IsPostgres => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ExecuteAsync(ModelSchemas.Postgres);
    }

    public Task<long> CountAsync(string sql) => ScalarAsync<long>(sql);
}
