using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteIndexDiscoveryTests
{
    [Fact]
    public async Task Column_index_keeps_key_order_direction_collation_and_uniqueness()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE person (id INTEGER PRIMARY KEY, last TEXT, first TEXT, born DATE);
            CREATE INDEX ix_name ON person (last COLLATE NOCASE, first DESC);
            CREATE UNIQUE INDEX ux_born ON person (born ASC, id);
            """);

        var table = schema.Table("person");
        var name = table.Index("ix_name");
        Assert.False(name.IsUnique);
        Assert.Null(name.Predicate);
        Assert.Equal(
            [new IndexKey { Column = "last", Collation = "NOCASE" }, new IndexKey { Column = "first", IsDescending = true }],
            name.Keys);
        var born = table.Index("ux_born");
        Assert.True(born.IsUnique);
        Assert.Equal([new IndexKey { Column = "born" }, new IndexKey { Column = "id" }], born.Keys);
    }

    [Fact]
    public async Task Expression_index_keeps_the_expression_text()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT, first TEXT, last TEXT);
            CREATE UNIQUE INDEX ux_email ON person (lower(email));
            CREATE INDEX ix_full ON person (first || ' ' || last COLLATE NOCASE DESC, id, (length(last) + 1));
            """);

        var table = schema.Table("person");
        Assert.Equal([new IndexKey { Expression = "lower(email)" }], table.Index("ux_email").Keys);
        Assert.True(table.Index("ux_email").IsUnique);
        Assert.Equal(
            [
                new IndexKey { Expression = "first || ' ' || last", Collation = "NOCASE", IsDescending = true },
                new IndexKey { Column = "id" },
                new IndexKey { Expression = "(length(last) + 1)" },
            ],
            table.Index("ix_full").Keys);
    }

    [Fact]
    public async Task Partial_index_keeps_its_predicate()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE receipt (room TEXT, kind TEXT, thread TEXT, state TEXT);
            CREATE UNIQUE INDEX ux_receipt ON receipt (room, kind) WHERE thread IS NULL;
            CREATE INDEX ix_state ON receipt (state) WHERE state != 'offline' AND kind IN ('a', 'b');
            """);

        var table = schema.Table("receipt");
        Assert.Equal("thread IS NULL", table.Index("ux_receipt").Predicate);
        Assert.True(table.Index("ux_receipt").IsUnique);
        Assert.Equal("state != 'offline' AND kind IN ('a', 'b')", table.Index("ix_state").Predicate);
    }

    [Fact]
    public async Task Automatic_indexes_of_keys_and_unique_constraints_are_not_listed()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE t (code TEXT PRIMARY KEY, other TEXT UNIQUE, x INTEGER);
            CREATE INDEX ix_x ON t (x);
            """);

        var table = schema.Table("t");
        Assert.Equal(["ix_x"], table.Indexes.Select(i => i.Name));
        Assert.DoesNotContain(table.Indexes, i => i.Name.StartsWith("sqlite_autoindex", StringComparison.Ordinal));
        Assert.Single(table.UniqueConstraints);
    }

    [Fact]
    public async Task Indexes_on_a_without_rowid_table_list_only_their_key_columns()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE w (a TEXT, b TEXT, c TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;
            CREATE INDEX ix_c ON w (c);
            """);

        Assert.Equal([new IndexKey { Column = "c" }], schema.Table("w").Index("ix_c").Keys);
    }
}
