using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Watch;

/// <summary><see cref="DataFlowDb.GetSchemaFingerprintAsync"/>: moves with schema changes, not with data.</summary>
public class SchemaFingerprintTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Postgres_fingerprint_moves_with_every_kind_of_ddl_and_not_with_data_or_analyze()
    {
        await postgres.ExecuteAsync("CREATE TABLE items (id bigint PRIMARY KEY, name text);");
        await using var db = new DataFlowDb(postgres.Url);
        var seen = new List<string> { await db.GetSchemaFingerprintAsync() };

        await postgres.ExecuteAsync("INSERT INTO items VALUES (1, 'a'), (2, 'b'); UPDATE items SET name = 'c'; ANALYZE items;");
        await postgres.ExecuteAsync("VACUUM items");
        Assert.Equal(seen[0], await db.GetSchemaFingerprintAsync());

        foreach (var ddl in new[]
        {
            "ALTER TABLE items ADD COLUMN price numeric(10,2)",
            "ALTER TABLE items ALTER COLUMN name SET NOT NULL",
            "ALTER TABLE items ALTER COLUMN price SET DEFAULT 0",
            "CREATE INDEX ix_items_name ON items (name)",
            "COMMENT ON COLUMN items.name IS 'The name'",
            "CREATE TYPE colour AS ENUM ('red')",
            "ALTER TYPE colour ADD VALUE 'blue'",
            "CREATE VIEW item_names AS SELECT name FROM items",
            "CREATE OR REPLACE VIEW item_names AS SELECT name, id FROM items",
            "ALTER TABLE items ADD CONSTRAINT ck_price CHECK (price >= 0)",
            "ALTER TABLE items DROP COLUMN price",
            "DROP VIEW item_names",
        })
        {
            await postgres.ExecuteAsync(ddl);
            var fingerprint = await db.GetSchemaFingerprintAsync();
            Assert.DoesNotContain(fingerprint, seen);
            seen.Add(fingerprint);
        }
    }

    [Fact]
    public async Task Sqlite_fingerprint_moves_with_schema_changes_from_another_connection_and_not_with_data()
    {
        using var sqlite = new SqliteDatabase();
        sqlite.Execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);");
        await using var db = new DataFlowDb(sqlite.Url);
        var before = await db.GetSchemaFingerprintAsync();

        sqlite.Execute("INSERT INTO items (name) VALUES ('a'); UPDATE items SET name = 'b';");
        Assert.Equal(before, await db.GetSchemaFingerprintAsync());

        sqlite.Execute("CREATE INDEX ix_items_name ON items (name);");
        var after = await db.GetSchemaFingerprintAsync();
        Assert.NotEqual(before, after);
        Assert.StartsWith("schema_version:", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_positive_interval_is_refused_before_connecting()
    {
        await using var db = new DataFlowDb("sqlite:////nonexistent/x.db");

        var error = Assert.Throws<DataFlowConfigurationException>(() =>
            db.WatchSchemaAsync(new DataFlow.Watch.SchemaWatchOptions { Scaffold = new() { OutputDirectory = "unused" }, Interval = TimeSpan.Zero }));

        Assert.Equal(ErrorCodes.InvalidWatchInterval, error.Code);
    }
}
