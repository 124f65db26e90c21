using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SmokeTests
{
    [Theory]
    [InlineData("chinook")]
    [InlineData("northwind")]
    [InlineData("sakila")]
    [InlineData("synapse")]
    public async Task Smoke(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));
        var schema = await db.DiscoverAsync();
        File.WriteAllText($"/tmp/smoke-{fixture}.json", SchemaSnapshot.ToJson(schema));
        Assert.NotEmpty(schema.Tables);
    }
}
