using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteForeignKeyDiscoveryTests
{
    [Fact]
    public async Task Composite_foreign_key_keeps_column_pairs_actions_and_name()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE parent (a INTEGER, b TEXT, PRIMARY KEY (a, b));
            CREATE TABLE child (
                id INTEGER PRIMARY KEY,
                pb TEXT, pa INTEGER,
                CONSTRAINT fk_child_parent FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL
            );
            """);

        var fk = Assert.Single(schema.Table("child").ForeignKeys);
        Assert.Equal("fk_child_parent", fk.Name);
        Assert.Equal(["pa", "pb"], fk.Columns);
        Assert.Equal("parent", fk.PrincipalTable);
        Assert.Null(fk.PrincipalSchema);
        Assert.Equal(["a", "b"], fk.PrincipalColumns);
        Assert.Equal(ReferentialAction.Cascade, fk.OnDelete);
        Assert.Equal(ReferentialAction.SetNull, fk.OnUpdate);
        Assert.False(fk.IsDeferrable);
        Assert.Null(fk.MatchType);
    }

    [Fact]
    public async Task Every_referential_action_is_read()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE p (id INTEGER PRIMARY KEY);
            CREATE TABLE c (
                a INTEGER REFERENCES p (id) ON DELETE RESTRICT ON UPDATE CASCADE,
                b INTEGER REFERENCES p (id) ON DELETE SET DEFAULT ON UPDATE NO ACTION,
                d INTEGER REFERENCES p (id)
            );
            """);

        var byColumn = schema.Table("c").ForeignKeys.ToDictionary(f => f.Columns[0]);
        Assert.Equal((ReferentialAction.Restrict, ReferentialAction.Cascade), (byColumn["a"].OnDelete, byColumn["a"].OnUpdate));
        Assert.Equal((ReferentialAction.SetDefault, ReferentialAction.NoAction), (byColumn["b"].OnDelete, byColumn["b"].OnUpdate));
        Assert.Equal((ReferentialAction.NoAction, ReferentialAction.NoAction), (byColumn["d"].OnDelete, byColumn["d"].OnUpdate));
        Assert.All(byColumn.Values, f => Assert.Null(f.Name));
    }

    [Fact]
    public async Task Self_referencing_foreign_key_without_columns_points_at_the_primary_key()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE employee (id INTEGER PRIMARY KEY, reports_to INTEGER REFERENCES employee);");

        var fk = Assert.Single(schema.Table("employee").ForeignKeys);
        Assert.Equal("employee", fk.PrincipalTable);
        Assert.Equal(["reports_to"], fk.Columns);
        Assert.Equal(["id"], fk.PrincipalColumns);
    }

    [Fact]
    public async Task Foreign_key_without_columns_to_a_composite_key_uses_the_key_order()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE p (x TEXT, y TEXT, PRIMARY KEY (y, x));
            CREATE TABLE c (cy TEXT, cx TEXT, FOREIGN KEY (cy, cx) REFERENCES p);
            """);

        Assert.Equal(["y", "x"], Assert.Single(schema.Table("c").ForeignKeys).PrincipalColumns);
    }

    [Fact]
    public async Task Cyclic_foreign_keys_are_both_discovered()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER CONSTRAINT a_to_b REFERENCES b (id));
            CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER CONSTRAINT b_to_a REFERENCES a (id));
            """);

        Assert.Equal(("a_to_b", "b"), (schema.Table("a").ForeignKeys[0].Name, schema.Table("a").ForeignKeys[0].PrincipalTable));
        Assert.Equal(("b_to_a", "a"), (schema.Table("b").ForeignKeys[0].Name, schema.Table("b").ForeignKeys[0].PrincipalTable));
    }

    [Fact]
    public async Task Deferrable_and_match_clauses_are_read_from_the_definition()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE p (id INTEGER PRIMARY KEY);
            CREATE TABLE c (
                a INTEGER, b INTEGER, d INTEGER, e INTEGER,
                CONSTRAINT deferred FOREIGN KEY (a) REFERENCES p (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT immediate FOREIGN KEY (b) REFERENCES p (id) DEFERRABLE INITIALLY IMMEDIATE,
                CONSTRAINT not_deferrable FOREIGN KEY (d) REFERENCES p (id) NOT DEFERRABLE,
                CONSTRAINT full_match FOREIGN KEY (e) REFERENCES p (id) MATCH FULL
            );
            """);

        var byName = schema.Table("c").ForeignKeys.ToDictionary(f => f.Name!);
        Assert.Equal((true, true), (byName["deferred"].IsDeferrable, byName["deferred"].IsInitiallyDeferred));
        Assert.Equal(ReferentialAction.Cascade, byName["deferred"].OnDelete);
        Assert.Equal((true, false), (byName["immediate"].IsDeferrable, byName["immediate"].IsInitiallyDeferred));
        Assert.Equal((false, false), (byName["not_deferrable"].IsDeferrable, byName["not_deferrable"].IsInitiallyDeferred));
        Assert.Equal("FULL", byName["full_match"].MatchType);
        Assert.Null(byName["deferred"].MatchType);
    }

    [Fact]
    public async Task Principal_names_are_spelled_as_the_principal_declares_them()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE "Customer" ("CustomerId" INTEGER PRIMARY KEY);
            CREATE TABLE invoice (customer INTEGER REFERENCES CUSTOMER (customerid));
            """);

        var fk = Assert.Single(schema.Table("invoice").ForeignKeys);
        Assert.Equal("Customer", fk.PrincipalTable);
        Assert.Equal(["CustomerId"], fk.PrincipalColumns);
    }

    [Fact]
    public async Task Foreign_key_to_a_missing_table_is_kept_as_written()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE orphan (ghost_id INTEGER REFERENCES ghost (id));");

        var fk = Assert.Single(schema.Table("orphan").ForeignKeys);
        Assert.Equal(("ghost", "id"), (fk.PrincipalTable, fk.PrincipalColumns.Single()));
    }
}
