using DataFlow.Diff;
using DataFlow.Migrations.Planning;
using DataFlow.Tests.Dialects.Postgres;
using DataFlow.Tests.Dialects.Sqlite;
using DataFlow.Tests.Diff;
using DataFlow.Tests.Infrastructure;
using DataFlow.Tests.Models;

namespace DataFlow.Tests.Migrations;

/// <summary>
/// The round trip of every fixture, DB → models → DB: discover → scaffold C# models → read the models back with Roslyn →
/// plan from an empty database to the models → apply through the executor → discover again → the diff against the
/// original finds nothing (apart from the documented exceptions, see <see cref="RoundTripSchemas"/>).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> PostgresFixtureNames => new(PostgresFixtures.Names);

    public static TheoryData<string> SqliteFixtureNames => new(SqliteFixture.Names);

    [Theory]
    [MemberData(nameof(SqliteFixtureNames))]
    public async Task Sqlite_fixture_planned_into_an_empty_database_discovers_as_the_original(string fixture)
    {
        using var source = new SqliteDatabase();
        SqliteFixture.Load(source, fixture);
        var original = await source.DiscoverAsync();
        using var target = new SqliteDatabase();
        target.Execute("PRAGMA user_version = 0");
        var empty = await target.DiscoverAsync();

        var plan = MigrationPlanner.Plan(empty, ScaffoldedModels.ReadBack(original));
        await PlanApplier.ApplyAsync(target.Url, plan);
        var result = await target.DiscoverAsync();

        Assert.DoesNotContain(plan.Steps, s => !s.IsEnabled);
        Assert.Empty(SchemaDiffer.Compare(original, result).Lines());
    }

    [Theory]
    [MemberData(nameof(PostgresFixtureNames))]
    public async Task Postgres_fixture_planned_into_an_empty_database_discovers_as_the_original(string fixture)
    {
        var source = new PostgresDatabase();
        var target = new PostgresDatabase();
        await Task.WhenAll(source.InitializeAsync(), target.InitializeAsync());
        try
        {
            await PostgresFixtures.LoadAsync(fixture, source.Url);
            var discovered = await Discover.UrlAsync(source.Url);
            var original = RoundTripSchemas.WithoutFunctionUsers(discovered);
            var models = RoundTripSchemas.WithoutFunctionUsers(ScaffoldedModels.ReadBack(discovered) with { Warnings = discovered.Warnings });
            foreach (var extension in RoundTripSchemas.Extensions(original))
            {
                await target.ExecuteAsync($"CREATE EXTENSION IF NOT EXISTS \"{extension}\"");
            }

            var empty = await Discover.UrlAsync(target.Url);

            var plan = MigrationPlanner.Plan(empty, models with { Warnings = original.Warnings });
            await PlanApplier.ApplyAsync(target.Url, plan);
            var result = await Discover.UrlAsync(target.Url);

            Assert.DoesNotContain(plan.Steps, s => !s.IsEnabled);
            var diff = DataFlow.Diff.SchemaDiffer.Compare(original, result);
            Assert.True(RoundTripSchemas.Differences(original, result).Length == 0, string.Join("\n", diff.Changes.Select(c => c.Path + " | " + c.Before + " | " + c.After)));
        }
        finally
        {
            await Task.WhenAll(source.DisposeAsync(), target.DisposeAsync());
        }
    }
}
