using DataFlow.Tests.Infrastructure;
using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>
/// The seed's "LLM agent explores an unknown database" example on real-world schemas: register every table,
/// then one workflow lists 3 rows of each model.
/// </summary>
public sealed class FixtureModelTests
{
    [Theory]
    [MemberData(nameof(FixtureLoader.SqliteNames), MemberType = typeof(FixtureLoader))]
    public async Task Every_table_of_a_sqlite_fixture_registers_and_lists_three_rows(string fixture)
    {
        using var file = new SqliteDatabase();
        await FixtureLoader.LoadAsync(fixture, file.FilePath);

        await ExploreAsync(file.Url);
    }

    [Theory]
    [MemberData(nameof(FixtureLoader.PostgresNames), MemberType = typeof(FixtureLoader))]
    public async Task Every_table_of_a_postgres_fixture_registers_and_lists_three_rows(string fixture)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await FixtureLoader.LoadAsync(fixture, database.Url);
            var rows = await ExploreAsync(database.Url);
            if (File.Exists(Path.Combine(RepositoryPaths.Fixtures, fixture, "postgres", "data.sql")))
            {
                Assert.True(rows > 0, "the fixture's data was loaded");
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<long> ExploreAsync(string url)
    {
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, AutoMigrate = false, ExistingSchemaMode = true });
        var schema = await db.DiscoverSchemaAsync();
        var result = await db.RegisterSchemaAsModelsAsync();

        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(schema.Tables.Count, result.SuccessCount);
        Assert.Equal(result.RegisteredModels.Count, result.RegisteredModels.Distinct().Count());
        var workflow = new WorkflowBuilder();
        foreach (var model in result.RegisteredModels)
        {
            workflow.AddNode(result.GeneratedNodes[model].List, "sample_" + model, new { limit = 3 });
        }

        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow.Build());
        long total = 0;
        foreach (var model in result.RegisteredModels)
        {
            var count = (long)results["sample_" + model]["count"]!;
            Assert.InRange(count, 0, 3);
            total += count;
        }

        return total;
    }
}
