namespace DataFlow.Tests.Migrations;

/// <summary>Each test gets its own database: journal state must not leak between tests.</summary>
public sealed class PostgresMigrationTests : MigrationSpec, IAsyncLifetime
{
    private readonly PostgresMigrationDatabase _database = new();

    protected override IMigrationTestDatabase Database => _database;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_no_transaction_file_can_create_an_index_concurrently()
    {
        Write("001_users.sql", Users);
        Write("002_index.sql", "-- dataflow:no-transaction\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\nCREATE INDEX CONCURRENTLY ix_users_lower ON users (lower(email));\n");
        Write("003_transactional.sql", "CREATE TABLE t (id INTEGER);\nCREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n");

        var result = await Cli("migrate");

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("applied 002_index.sql", result.Out, StringComparison.Ordinal);
        Assert.Equal("2", await Database.ScalarAsync("SELECT count(*) FROM pg_indexes WHERE tablename = 'users' AND indexname LIKE 'ix_users_%'"));
        Assert.Equal("1", await Database.ScalarAsync("SELECT one()"));
    }

    [Fact]
    public async Task The_same_index_concurrently_in_a_transactional_file_fails_and_is_rolled_back()
    {
        Write("001_users.sql", Users);
        Write("002_index.sql", "CREATE TABLE t (id INTEGER);\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n");

        var result = await Cli("migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DF-MIG-006", result.Error, StringComparison.Ordinal);
        Assert.False(await Database.TableExistsAsync("t"));
        Assert.Equal(["1"], await AppliedVersionsAsync());
    }
}
