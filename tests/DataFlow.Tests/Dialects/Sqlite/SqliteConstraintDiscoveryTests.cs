using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteConstraintDiscoveryTests
{
    [Fact]
    public async Task Unique_constraints_keep_names_and_columns_and_are_not_repeated_as_indexes()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE account (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                tenant INTEGER, handle TEXT,
                code TEXT CONSTRAINT uq_code UNIQUE,
                CONSTRAINT uq_tenant_handle UNIQUE (tenant, handle COLLATE NOCASE)
            );
            """);

        var table = schema.Table("account");
        Assert.Equal(
            [("uq_code", "code"), (null, "email"), ("uq_tenant_handle", "tenant,handle")],
            table.UniqueConstraints.Select(u => (u.Name, string.Join(",", u.Columns))).OrderBy(x => x.Item2, StringComparer.Ordinal));
        Assert.Empty(table.Indexes);
    }

    [Fact]
    public async Task Unique_constraint_that_repeats_the_primary_key_is_not_listed()
    {
        // SQLite builds no second index for it, so the catalog does not know it.
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE token (value TEXT NOT NULL PRIMARY KEY, at INTEGER, UNIQUE (value));");

        Assert.Empty(schema.Table("token").UniqueConstraints);
        Assert.Equal(["value"], schema.Table("token").PrimaryKey!.Columns);
    }

    [Fact]
    public async Task Check_constraints_are_read_at_column_and_table_level_with_names()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE line (
                qty INTEGER NOT NULL CHECK (qty > 0),
                discount REAL CONSTRAINT ck_discount CHECK ([discount] >= (0) AND [discount] <= (1)) DEFAULT 0,
                kind TEXT CHECK (kind IN ('a', 'b, c', ')')),
                CONSTRAINT "ck total" CHECK (qty * (1 - discount) >= 0),
                CHECK (length(kind) < 10)
            );
            """);

        var checks = schema.Table("line").CheckConstraints;
        Assert.Equal(5, checks.Count);
        Assert.Contains(checks, c => c.Name is null && c.Expression == "qty > 0");
        Assert.Contains(checks, c => c.Name == "ck_discount" && c.Expression == "[discount] >= (0) AND [discount] <= (1)");
        Assert.Contains(checks, c => c.Name is null && c.Expression == "kind IN ('a', 'b, c', ')')");
        Assert.Contains(checks, c => c.Name == "ck total" && c.Expression == "qty * (1 - discount) >= 0");
        Assert.Contains(checks, c => c.Name is null && c.Expression == "length(kind) < 10");
    }

    [Fact]
    public async Task Comments_inside_the_definition_do_not_confuse_the_parser()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE c ( -- a comment with a , comma and ( paren
                a INTEGER /* CHECK (fake) */ CHECK (a <> 0), -- CONSTRAINT nope
                b TEXT COLLATE NOCASE -- trailing
            );
            """);

        var table = schema.Table("c");
        Assert.Equal("a <> 0", Assert.Single(table.CheckConstraints).Expression);
        Assert.Equal("NOCASE", table.Column("b").Collation);
        Assert.Equal(["a", "b"], table.Columns.Select(c => c.Name));
    }
}
