namespace DataFlow.Tests.Migrations;

public sealed class SqliteMigrationTests : MigrationSpec, IDisposable
{
    private readonly SqliteMigrationDatabase _database = new();

    protected override IMigrationTestDatabase Database => _database;

    public void Dispose() => _database.Dispose();
}
