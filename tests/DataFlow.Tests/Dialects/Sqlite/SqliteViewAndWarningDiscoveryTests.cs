using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteViewAndWarningDiscoveryTests
{
    [Fact]
    public async Task View_keeps_its_query_and_columns()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE person (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, age INT);
            CREATE VIEW "adult people" (pid, pname, next_age) AS SELECT id, name, age + 1 FROM person WHERE age >= 18;
            CREATE VIEW v2 AS
                SELECT name AS "as" -- the word AS again
                FROM person;
            """);

        var adults = Assert.Single(schema.Views, v => v.Name == "adult people");
        Assert.Equal("SELECT id, name, age + 1 FROM person WHERE age >= 18", adults.Definition);
        Assert.Null(adults.Schema);
        Assert.Equal(["pid", "pname", "next_age"], adults.Columns.Select(c => c.Name));
        Assert.Equal(["INTEGER", "VARCHAR(40)", ""], adults.Columns.Select(c => c.RawType));
        Assert.Equal([LogicalTypeKind.Int64, LogicalTypeKind.String, LogicalTypeKind.Unknown], adults.Columns.Select(c => c.Type.Kind));
        var v2 = Assert.Single(schema.Views, v => v.Name == "v2");
        Assert.Equal("SELECT name AS \"as\" -- the word AS again\n    FROM person", v2.Definition);
        Assert.Equal(["as"], v2.Columns.Select(c => c.Name));
        Assert.Empty(schema.Warnings);
    }

    [Fact]
    public async Task Triggers_are_reported_as_warnings()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE t (id INTEGER PRIMARY KEY, updated TEXT);
            CREATE TRIGGER t_touch AFTER UPDATE ON t BEGIN UPDATE t SET updated = datetime('now') WHERE id = new.id; END;
            CREATE VIEW v AS SELECT id FROM t;
            CREATE TRIGGER v_insert INSTEAD OF INSERT ON v BEGIN INSERT INTO t (id) VALUES (new.id); END;
            """);

        Assert.Equal(["t_touch", "v_insert"], schema.Warnings.Select(w => w.ObjectName));
        Assert.All(schema.Warnings, w => Assert.Equal(("trigger", ErrorCodes.UnsupportedObject), (w.ObjectKind, w.Code)));
        Assert.Contains("'t'", schema.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Single(schema.Tables);
    }

    [Fact]
    public async Task Virtual_tables_and_their_shadow_tables_are_reported_as_warnings()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE VIRTUAL TABLE docs USING fts5 (title, body);
            CREATE VIRTUAL TABLE old_docs USING fts4 (body);
            CREATE VIRTUAL TABLE places USING rtree (id, min_x, max_x);
            CREATE TABLE docs_notes (id INTEGER PRIMARY KEY, note TEXT);
            """);

        Assert.Equal(["docs_notes"], schema.Tables.Select(t => t.Name));
        var virtualTables = schema.Warnings.Where(w => w.ObjectKind == "virtual table").ToList();
        Assert.Equal(["docs", "old_docs", "places"], virtualTables.Select(w => w.ObjectName));
        Assert.Contains("fts5", virtualTables[0].Message, StringComparison.Ordinal);
        var shadows = schema.Warnings.Where(w => w.ObjectKind == "shadow table").Select(w => w.ObjectName).ToList();
        Assert.Contains("docs_content", shadows);
        Assert.Contains("old_docs_segdir", shadows);
        Assert.Contains("places_node", shadows);
        var expectedShadows = db.Scalar<long>("""
            SELECT count(*) FROM sqlite_master
            WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name <> 'docs_notes' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
            """);
        Assert.Equal(expectedShadows, shadows.Count);
        Assert.All(schema.Warnings, w => Assert.Equal(ErrorCodes.UnsupportedObject, w.Code));
    }

    [Fact]
    public async Task View_over_a_dropped_table_becomes_a_warning_and_the_rest_is_discovered()
    {
        using var db = new SqliteDatabase();
        db.Execute("""
            CREATE TABLE kept (id INTEGER PRIMARY KEY);
            CREATE TABLE gone (id INTEGER PRIMARY KEY);
            CREATE VIEW good AS SELECT id FROM kept;
            CREATE VIEW broken AS SELECT id FROM gone;
            DROP TABLE gone;
            """);

        var schema = await db.DiscoverAsync();

        Assert.Equal(["kept"], schema.Tables.Select(t => t.Name));
        Assert.Equal(["id"], Assert.Single(schema.Views, v => v.Name == "good").Columns.Select(c => c.Name));
        Assert.Empty(Assert.Single(schema.Views, v => v.Name == "broken").Columns);
        var warning = Assert.Single(schema.Warnings);
        Assert.Equal((ErrorCodes.PartiallyVisible, "view", "broken"), (warning.Code, warning.ObjectKind, warning.ObjectName));
        Assert.Contains("gone", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_internal_tables_are_left_out_silently()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
            CREATE INDEX ix_v ON t (v);
            INSERT INTO t (v) VALUES ('a'), ('b');
            ANALYZE;
            """);

        Assert.Equal(1L, db.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
        Assert.Equal(["t"], schema.Tables.Select(t => t.Name));
        Assert.Empty(schema.Warnings);
    }
}
