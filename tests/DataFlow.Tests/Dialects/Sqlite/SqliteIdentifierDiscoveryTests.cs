using System.Text;
using DataFlow.Schema;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Sqlite;

public sealed class SqliteIdentifierDiscoveryTests
{
    [Fact]
    public async Task Reserved_words_are_discovered_as_names()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync("""
            CREATE TABLE "user" ("order" INTEGER PRIMARY KEY, "group" TEXT NOT NULL, "select" TEXT CHECK ("select" <> 'from'));
            CREATE TABLE "order" ("user" INTEGER REFERENCES "user" ("order"), "table" TEXT, UNIQUE ("user", "table"));
            CREATE INDEX "index" ON "order" ("table" DESC);
            CREATE VIEW "group" AS SELECT "group" FROM "user";
            """);

        Assert.Equal(["order", "user"], schema.Tables.Select(t => t.Name));
        Assert.Equal(["order", "group", "select"], schema.Table("user").Columns.Select(c => c.Name));
        Assert.Equal("\"select\" <> 'from'", Assert.Single(schema.Table("user").CheckConstraints).Expression);
        var fk = Assert.Single(schema.Table("order").ForeignKeys);
        Assert.Equal(("user", "order"), (fk.PrincipalTable, fk.PrincipalColumns.Single()));
        Assert.Equal(["user", "table"], Assert.Single(schema.Table("order").UniqueConstraints).Columns);
        Assert.Equal(new IndexKey { Column = "table", IsDescending = true }, schema.Table("order").Index("index").Keys.Single());
        Assert.Equal("group", Assert.Single(schema.Views).Name);
    }

    [Fact]
    public async Task Every_quoting_style_is_understood_in_every_statement()
    {
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync(""""
            CREATE TABLE "weird ""name""" ([bracketed] INTEGER PRIMARY KEY, `back``tick` TEXT COLLATE NOCASE, 'single' TEXT,
                CONSTRAINT "uq ""q""" UNIQUE (`back``tick`, 'single'));
            CREATE TABLE [Order Details] ([Order"Id] INTEGER, `weird` INTEGER,
                CONSTRAINT [fk [x] FOREIGN KEY ([Order"Id]) REFERENCES "weird ""name""" ([bracketed]) ON DELETE CASCADE,
                CONSTRAINT `ck "y"` CHECK (`weird` > 0));
            CREATE INDEX "ix ""1""" ON [Order Details] ([Order"Id] COLLATE "NOCASE", `weird`) WHERE [weird] IS NOT NULL;
            """");

        var weird = schema.Table("weird \"name\"");
        Assert.Equal(["bracketed", "back`tick", "single"], weird.Columns.Select(c => c.Name));
        Assert.Equal(IdentityKind.RowIdAlias, weird.Column("bracketed").Identity);
        Assert.Equal("NOCASE", weird.Column("back`tick").Collation);
        var unique = Assert.Single(weird.UniqueConstraints);
        Assert.Equal(("uq \"q\"", "back`tick|single"), (unique.Name, string.Join("|", unique.Columns)));

        var details = schema.Table("Order Details");
        var fk = Assert.Single(details.ForeignKeys);
        Assert.Equal(("fk [x", "weird \"name\"", "bracketed", ReferentialAction.Cascade), (fk.Name, fk.PrincipalTable, fk.PrincipalColumns.Single(), fk.OnDelete));
        Assert.Equal(["Order\"Id"], fk.Columns);
        Assert.Equal(("ck \"y\"", "`weird` > 0"), (details.CheckConstraints[0].Name, details.CheckConstraints[0].Expression));
        var index = details.Index("ix \"1\"");
        Assert.Equal([new IndexKey { Column = "Order\"Id", Collation = "NOCASE" }, new IndexKey { Column = "weird" }], index.Keys);
        Assert.Equal("[weird] IS NOT NULL", index.Predicate);
    }

    [Fact]
    public async Task Mixed_case_unicode_and_long_names_are_kept_exactly()
    {
        var longName = "t_" + new string('x', 70) + "_ÿ";
        var longColumn = new string('c', 100);
        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync($"""
            CREATE TABLE "MixedCase" ("CamelId" INTEGER PRIMARY KEY, "ÄÖÜ" TEXT, "äöü" TEXT, "名前" TEXT, "emoji 😀" TEXT);
            CREATE TABLE "{longName}" ("{longColumn}" INTEGER CONSTRAINT "{longColumn}_fk" REFERENCES mixedcase (camelid));
            CREATE INDEX "{longName}_ix" ON "{longName}" ("{longColumn}");
            """);

        var mixed = schema.Table("MixedCase");
        Assert.Equal(["CamelId", "ÄÖÜ", "äöü", "名前", "emoji 😀"], mixed.Columns.Select(c => c.Name));
        var longTable = schema.Table(longName);
        Assert.Equal(longColumn, Assert.Single(longTable.Columns).Name);
        var fk = Assert.Single(longTable.ForeignKeys);
        Assert.Equal((longColumn + "_fk", "MixedCase", "CamelId"), (fk.Name, fk.PrincipalTable, fk.PrincipalColumns.Single()));
        Assert.Equal(longName + "_ix", Assert.Single(longTable.Indexes).Name);
    }

    [Fact]
    public async Task Table_with_300_columns_is_discovered_in_order()
    {
        var sql = new StringBuilder("CREATE TABLE wide (id INTEGER PRIMARY KEY");
        for (var i = 1; i < 300; i++)
        {
            sql.Append($", \"col {i:D3}\" {(i % 3 == 0 ? "TEXT" : i % 3 == 1 ? "REAL NOT NULL DEFAULT 0" : "BLOB")}");
        }

        using var db = new SqliteDatabase();
        var schema = await db.CreateAndDiscoverAsync(sql.Append(");").ToString());

        var table = schema.Table("wide");
        Assert.Equal(300, table.Columns.Count);
        Assert.Equal(Enumerable.Range(1, 300), table.Columns.Select(c => c.Ordinal));
        Assert.Equal("col 299", table.Columns[299].Name);
        Assert.Equal(("REAL", false, "0"), (table.Column("col 001").RawType, table.Column("col 001").IsNullable, table.Column("col 001").Default));
        Assert.Equal(LogicalTypeKind.Binary, table.Column("col 299").Type.Kind);
    }
}
