namespace DataFlow.Tests.Models;

/// <summary>Each test gets its own database: registry state must not leak between tests.</summary>
public sealed class PostgresRegistryTests : RegistrySpec, IAsyncLifetime
{
    private readonly PostgresModelDatabase _database = new();

    protected override IModelTestDatabase Database => _database;

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
