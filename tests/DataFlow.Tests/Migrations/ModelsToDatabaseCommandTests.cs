using DataFlow.Tests.Cli;
using DataFlow.Tests.CodeFirst;
using DataFlow.Tests.Diff;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Migrations;

/// <summary>
/// Models → database with the commands a user runs: <c>migrations add --models</c> writes the file, <c>migrate</c> applies it,
/// <c>check --models</c> then reports the database in sync with the C# models.
/// </summary>
public sealed class ModelsToDatabaseCommandTests : IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _postgres;

    public ModelsToDatabaseCommandTests(PostgresDatabase postgres) => _postgres = postgres;

    [Fact]
    public async Task Sqlite_models_become_a_migration_that_migrate_applies_and_check_finds_in_sync()
    {
        using var db = new SqliteDatabase();
        db.Execute("PRAGMA user_version = 1");
        using var folder = new TempFolder();
        await AssertModelsReachTheDatabaseAsync(Discover.SqliteUrl(db.FilePath), folder);
        Assert.Equal(0L, db.Scalar<long>("SELECT count(*) FROM customers"));
    }

    [Fact]
    public async Task Postgres_models_become_a_migration_that_migrate_applies_and_check_finds_in_sync()
    {
        using var folder = new TempFolder();
        await AssertModelsReachTheDatabaseAsync(_postgres.Url, folder);
        Assert.Equal(0L, await _postgres.ScalarAsync<long>("SELECT count(*) FROM customers"));
    }

    private static async Task AssertModelsReachTheDatabaseAsync(string url, TempFolder folder)
    {
        var models = Directory.CreateDirectory(folder.File("Models")).FullName;
        await File.WriteAllTextAsync(Path.Combine(models, "Shop.cs"), ShopModels.Source);
        var migrations = folder.File("db_migrations");

        var before = await CliRun.PublicAsync("check", "--url", url, "--models", models);
        Assert.True(before.ExitCode == 2, before.AllOutput);

        var add = await CliRun.PublicAsync("migrations", "add", "shop models", "--url", url, "--models", models, "--dir", migrations);
        Assert.True(add.ExitCode == 0, add.AllOutput);
        Assert.True(File.Exists(Path.Combine(migrations, "001_shop_models.sql")), add.AllOutput);

        var migrate = await CliRun.PublicAsync("migrate", "--url", url, "--dir", migrations);
        Assert.True(migrate.ExitCode == 0, migrate.AllOutput);
        Assert.Contains("001_shop_models.sql", migrate.Out, StringComparison.Ordinal);

        var after = await CliRun.PublicAsync("check", "--url", url, "--models", models);
        Assert.True(after.ExitCode == 0, after.AllOutput);
    }
}
