using DataFlow.Tests.Dialects.Postgres;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.CodeFirst;

/// <summary>
/// The scaffold ↔ reader round trip on every fixture: discover → scaffold → read the classes back (source, reflection,
/// assembly) → no difference from the discovered schema beyond the documented limits.
/// </summary>
public class ModelRoundTripTests
{
    public static TheoryData<string> SqliteFixtures => new(SqliteFixture.Names);

    public static TheoryData<string> PostgresFixtureNames => new(PostgresFixtures.Names);

    [Theory]
    [MemberData(nameof(SqliteFixtures))]
    public async Task Sqlite_fixture_round_trips_through_scaffolded_models(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));

        ModelRoundTrip.AssertAllReaders(await db.DiscoverAsync(), fixture);
    }

    [Theory]
    [MemberData(nameof(PostgresFixtureNames))]
    public async Task Postgres_fixture_round_trips_through_scaffolded_models(string fixture)
    {
        var db = new PostgresDatabase();
        await db.InitializeAsync();
        try
        {
            await PostgresFixtures.LoadAsync(fixture, db.Url);
            await using var dataFlow = new DataFlowDb(db.Url);

            ModelRoundTrip.AssertAllReaders(await dataFlow.DiscoverSchemaAsync(), fixture);
        }
        finally
        {
            await db.DisposeAsync();
        }
    }
}
