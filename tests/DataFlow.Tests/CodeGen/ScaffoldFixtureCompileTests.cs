using DataFlow.CodeGen;
using DataFlow.Schema;
using DataFlow.Tests.Dialects.Postgres;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeGen;

/// <summary>Scaffolds every real-world fixture, on both dialects, and compiles the output with Roslyn.</summary>
public class ScaffoldFixtureCompileTests
{
    public static TheoryData<string> SqliteFixtures => new(SqliteFixture.Names);

    public static TheoryData<string> PostgresFixtureNames => new(
        ["adventureworks", "chinook", "listmonk", "musicbrainz", "northwind", "pagila"]);

    [Theory]
    [MemberData(nameof(SqliteFixtures))]
    public async Task Scaffolded_sqlite_fixture_compiles_without_errors_or_warnings(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));

        AssertScaffoldCompiles(await db.DiscoverAsync(), fixture);
    }

    [Theory]
    [MemberData(nameof(PostgresFixtureNames))]
    public async Task Scaffolded_postgres_fixture_compiles_without_errors_or_warnings(string fixture)
    {
        var db = new PostgresDatabase();
        await db.InitializeAsync();
        try
        {
            await PostgresFixtures.LoadAsync(fixture, db.Url);
            await using var dataFlow = new DataFlowDb(db.Url);

            AssertScaffoldCompiles(await dataFlow.DiscoverSchemaAsync(), fixture);
        }
        finally
        {
            await db.DisposeAsync();
        }
    }

    private static void AssertScaffoldCompiles(DatabaseSchema schema, string fixture)
    {
        var options = new ScaffoldOptions { OutputDirectory = "unused", Namespace = "Fixtures." + CodeNames.Pascal(fixture) };
        var files = ModelScaffolder.Generate(schema, options);

        var databaseObjects = files.Count(f => f.QualifiedName == ModelScaffolder.DatabaseObjectsName);
        Assert.Equal(schema.Tables.Count + schema.Views.Count + schema.Enums.Count + databaseObjects, files.Count);
        Assert.Equal(files.Count, files.Select(f => f.RelativePath.ToUpperInvariant()).Distinct().Count());
        GeneratedCode.AssertCompiles(files.Select(f => f.Content), fixture);
        GeneratedCode.AssertCompiles(ModelScaffolder.Generate(schema, options with { SingleFile = true }).Select(f => f.Content), fixture + " (single file)");
    }
}
