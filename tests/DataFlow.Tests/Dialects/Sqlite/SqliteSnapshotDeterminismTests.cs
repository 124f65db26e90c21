using DataFlow.Snapshots;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteSnapshotDeterminismTests
{
    [Theory]
    [InlineData("chinook")]
    [InlineData("sakila")]
    [InlineData("synapse")]
    public async Task Two_discoveries_give_byte_identical_snapshots_that_round_trip(string fixture)
    {
        using var db = new SqliteDatabase();
        SqliteFixture.Load(db, fixture);

        var first = await db.DiscoverAsync();
        var second = await db.DiscoverAsync();
        var json = SchemaSnapshot.ToJson(first);

        Assert.Equal(json, SchemaSnapshot.ToJson(second));
        var roundTripped = SchemaSnapshot.FromJson(json, fixture);
        Assert.Equal(first, roundTripped);
        Assert.Equal(json, SchemaSnapshot.ToJson(roundTripped));
    }

    [Fact]
    public async Task Snapshot_does_not_depend_on_creation_order()
    {
        using var forward = new SqliteDatabase();
        using var backward = new SqliteDatabase();
        forward.Execute("CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT UNIQUE, y TEXT UNIQUE); CREATE TABLE b (a_id INTEGER REFERENCES a, n INT REFERENCES a (id)); CREATE INDEX i1 ON b (n); CREATE INDEX i2 ON b (a_id);");
        backward.Execute("CREATE TABLE b (a_id INTEGER REFERENCES a, n INT REFERENCES a (id)); CREATE INDEX i2 ON b (a_id); CREATE INDEX i1 ON b (n); CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT UNIQUE, y TEXT UNIQUE);");

        Assert.Equal(SchemaSnapshot.ToJson(await forward.DiscoverAsync()), SchemaSnapshot.ToJson(await backward.DiscoverAsync()));
    }

    [Fact]
    public async Task Unknown_types_and_empty_required_lists_survive_the_snapshot_round_trip()
    {
        using var db = new SqliteDatabase();
        db.Execute("""
            CREATE TABLE untyped (a, b ANY, c INTEGER REFERENCES ghost);
            CREATE TABLE gone (id INTEGER PRIMARY KEY);
            CREATE VIEW broken AS SELECT id FROM gone;
            DROP TABLE gone;
            """);
        var schema = await db.DiscoverAsync();
        Assert.Empty(Assert.Single(schema.Views).Columns);
        Assert.Empty(Assert.Single(schema.Table("untyped").ForeignKeys).PrincipalColumns);

        var roundTripped = SchemaSnapshot.FromJson(SchemaSnapshot.ToJson(schema));

        Assert.Equal(schema, roundTripped);
    }
}
