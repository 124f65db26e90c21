using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class SnapshotDeterminismTests(SnapshotDeterminismTests.Pagila pagila) : IClassFixture<SnapshotDeterminismTests.Pagila>
{
    /// <summary>The pagila fixture, loaded twice into two databases (so that their OIDs differ).</summary>
    public sealed class Pagila : PostgresDatabase
    {
        public PostgresDatabase Twin { get; } = new();

        public override async Task InitializeAsync()
        {
            await Task.WhenAll(base.InitializeAsync(), Twin.InitializeAsync());
            await PostgresFixtures.LoadAsync("pagila", Url);
            await PostgresFixtures.LoadAsync("pagila", Twin.Url);
        }

        public override async Task DisposeAsync() => await Task.WhenAll(base.DisposeAsync(), Twin.DisposeAsync());
    }

    private static async Task<string> SnapshotAsync(string url)
    {
        await using var dataFlow = new DataFlowDb(url);
        return SchemaSnapshot.ToJson(await dataFlow.DiscoverSchemaAsync());
    }

    [Fact]
    public async Task Two_discoveries_of_the_same_database_give_byte_identical_snapshots()
    {
        var first = await SnapshotAsync(pagila.Url);
        var second = await SnapshotAsync(pagila.Url);
        Assert.Contains("\"payment_p2022_01\"", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_same_schema_in_another_database_gives_the_same_snapshot() =>
        Assert.Equal(await SnapshotAsync(pagila.Url), await SnapshotAsync(pagila.Twin.Url));

    [Fact]
    public async Task Snapshot_json_reads_back_to_an_equal_schema()
    {
        await using var dataFlow = new DataFlowDb(pagila.Url);
        var schema = await dataFlow.DiscoverSchemaAsync();
        var roundTripped = SchemaSnapshot.FromJson(SchemaSnapshot.ToJson(schema));
        Assert.Equal(schema, roundTripped);
        Assert.Equal(SchemaSnapshot.ComputeHash(schema), SchemaSnapshot.ComputeHash(roundTripped));
        Assert.NotEmpty(roundTripped.Domains);
        Assert.NotEmpty(roundTripped.Warnings);
    }
}
