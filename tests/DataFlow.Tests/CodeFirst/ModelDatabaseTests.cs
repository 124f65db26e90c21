using DataFlow.Diff;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst;

/// <summary>
/// The conventions against real databases: a database created with the SQL the models describe is in sync with them,
/// so that the spelling of types, defaults and names matches what discovery reports.
/// </summary>
public class ModelDatabaseTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Postgres_tables_written_as_the_models_say_are_in_sync_with_them()
    {
        await db.ExecuteAsync(ShopModels.Ddl("postgresql"));
        await using var dataFlow = new DataFlowDb(db.Url);

        var diff = SchemaDiffer.Compare(await dataFlow.DiscoverSchemaAsync(), ShopModels.FromSource("postgresql"));

        Assert.True(diff.Changes.IsEmpty, string.Join("\n", diff.Changes.Select(c => $"{c.Action} {c.Path} {c.Property}: {c.Before} -> {c.After}")));
    }

    [Fact]
    public async Task Sqlite_tables_written_as_the_models_say_are_in_sync_with_them()
    {
        using var sqlite = new SqliteDatabase();
        sqlite.ExecuteScript(ShopModels.Ddl("sqlite"));

        var diff = SchemaDiffer.Compare(await sqlite.DiscoverAsync(), ShopModels.FromSource("sqlite"));

        Assert.True(diff.Changes.IsEmpty, string.Join("\n", diff.Changes.Select(c => $"{c.Action} {c.Path} {c.Property}: {c.Before} -> {c.After}")));
    }
}
