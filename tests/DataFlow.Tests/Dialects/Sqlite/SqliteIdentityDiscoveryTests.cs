using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteIdentityDiscoveryTests
{
    [Fact]
    public async Task Integer_primary_key_is_a_rowid_alias()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);");

        var id = schema.Table("t").Column("id");
        Assert.Equal(IdentityKind.RowIdAlias, id.Identity);
        Assert.False(id.IsNullable);
        Assert.Equal(["id"], schema.Table("t").PrimaryKey!.Columns);
        Assert.Empty(schema.Table("t").UniqueConstraints);
        Assert.Empty(schema.Table("t").Indexes);
    }

    [Fact]
    public async Task Integer_primary_key_autoincrement_is_auto_increment()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, name TEXT);");

        Assert.Equal(IdentityKind.AutoIncrement, schema.Table("t").Column("id").Identity);
        Assert.DoesNotContain(schema.Tables, t => t.Name == "sqlite_sequence");
    }

    [Fact]
    public async Task Table_level_integer_primary_key_is_a_rowid_alias()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (id INTEGER NOT NULL, name TEXT, CONSTRAINT pk_t PRIMARY KEY (id DESC));");

        Assert.Equal(IdentityKind.RowIdAlias, schema.Table("t").Column("id").Identity);
        Assert.Equal("pk_t", schema.Table("t").PrimaryKey!.Name);
    }

    [Fact]
    public async Task Int_primary_key_is_not_a_rowid_alias()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (id INT PRIMARY KEY, name TEXT);");

        var table = schema.Table("t");
        Assert.Equal(IdentityKind.None, table.Column("id").Identity);
        Assert.True(table.Column("id").IsNullable, "SQLite lets a non-alias primary key of a rowid table hold NULL");
        Assert.Equal(["id"], table.PrimaryKey!.Columns);
        Assert.Empty(table.Indexes);
    }

    [Fact]
    public async Task Integer_primary_key_desc_column_constraint_is_not_a_rowid_alias()
    {
        // SQLite's documented quirk: "x INTEGER PRIMARY KEY DESC" does not alias the rowid.
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (id INTEGER PRIMARY KEY DESC, name TEXT);");

        Assert.Equal(IdentityKind.None, schema.Table("t").Column("id").Identity);
    }

    [Fact]
    public async Task Composite_integer_primary_key_is_not_a_rowid_alias_and_keeps_key_order()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (a INTEGER, b INTEGER, c TEXT, PRIMARY KEY (b, a));");

        var table = schema.Table("t");
        Assert.Equal(["b", "a"], table.PrimaryKey!.Columns);
        Assert.Null(table.PrimaryKey.Name);
        Assert.All(table.Columns, c => Assert.Equal(IdentityKind.None, c.Identity));
    }

    [Fact]
    public async Task Without_rowid_table_has_no_rowid_alias_and_is_annotated()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE w (id INTEGER PRIMARY KEY, name TEXT) WITHOUT ROWID;");

        var table = schema.Table("w");
        Assert.Equal(IdentityKind.None, table.Column("id").Identity);
        Assert.False(table.Column("id").IsNullable);
        Assert.Equal([new Annotation(AnnotationNames.SqliteWithoutRowId, "true")], table.Annotations);
        Assert.Equal(["id"], table.PrimaryKey!.Columns);
        Assert.Empty(table.Indexes);
    }

    [Fact]
    public async Task Table_without_primary_key_has_none_and_no_identity()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE log (at INTEGER, message TEXT);");

        var table = schema.Table("log");
        Assert.Null(table.PrimaryKey);
        Assert.All(table.Columns, c => Assert.Equal(IdentityKind.None, c.Identity));
        Assert.Empty(table.Annotations);
    }

    [Fact]
    public async Task Named_column_level_primary_key_keeps_its_name()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("CREATE TABLE t (code TEXT CONSTRAINT \"pk code\" PRIMARY KEY ON CONFLICT REPLACE NOT NULL);");

        Assert.Equal("pk code", schema.Table("t").PrimaryKey!.Name);
        Assert.Equal(["code"], schema.Table("t").PrimaryKey!.Columns);
    }
}
