namespace DataFlow.Tests.Models;

public sealed class SqliteRegistryTests : RegistrySpec, IDisposable
{
    private readonly SqliteModelDatabase _database = new();

    protected override IModelTestDatabase Database => _database;

    public void Dispose() => _database.Dispose();
}
