using System.Text;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class IdentifierDiscoveryTests(IdentifierDiscoveryTests.Database db) : IClassFixture<IdentifierDiscoveryTests.Database>
{
    /// <summary>63 characters, PostgreSQL's limit (NAMEDATALEN - 1).</summary>
    public static readonly string LongName = "t" + new string('x', 61) + "z";

    /// <summary>Another 63-character name (a constraint's index shares the table's namespace, so it cannot reuse <see cref="LongName"/>).</summary>
    public static readonly string LongKeyName = "k" + new string('x', 61) + "z";

    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => $"""
            CREATE SCHEMA "Sales Dept";
            CREATE TABLE "order" ("user" integer PRIMARY KEY, "group" text, "select" integer);
            CREATE TABLE "user" (id integer PRIMARY KEY, "order" integer REFERENCES "order" ("user"));
            CREATE TABLE "Sales Dept"."Mixed Case Table" ("Id" integer PRIMARY KEY, "First Name" text, "quote""inside" text);
            CREATE INDEX "Index With Spaces" ON "Sales Dept"."Mixed Case Table" ("First Name");
            CREATE TABLE "größe_ñandú_表" ("名前" text, "café" integer);
            COMMENT ON COLUMN "größe_ñandú_表"."名前" IS 'ünïcödé comment ✓';
            CREATE TABLE "{LongName}" ("{LongName}" integer CONSTRAINT "{LongKeyName}" PRIMARY KEY);
            CREATE TABLE wide ({string.Join(", ", Enumerable.Range(1, 300).Select(i => $"c{i:000} integer"))});
            CREATE TABLE no_pk_log (at timestamptz, message text);
            """;
    }

    [Fact]
    public void Reserved_words_are_plain_names()
    {
        var order = db.Table("public.order");
        Assert.Equal(["user", "group", "select"], order.Columns.Select(c => c.Name));
        Assert.Equal(["user"], order.PrimaryKey!.Columns);
        var fk = Assert.Single(db.Table("public.user").ForeignKeys);
        Assert.Equal(["order"], fk.Columns);
        Assert.Equal("order", fk.PrincipalTable);
        Assert.Equal(["user"], fk.PrincipalColumns);
    }

    [Fact]
    public void Mixed_case_and_spaces_are_kept_exactly()
    {
        var table = db.Table("Sales Dept.Mixed Case Table");
        Assert.Equal("Sales Dept", table.Schema);
        Assert.Equal(["Id", "First Name", "quote\"inside"], table.Columns.Select(c => c.Name));
        var index = Assert.Single(table.Indexes);
        Assert.Equal("Index With Spaces", index.Name);
        Assert.Equal("First Name", Assert.Single(index.Keys).Column);
    }

    [Fact]
    public void Unicode_names_and_comments_survive()
    {
        var table = db.Table("public.größe_ñandú_表");
        Assert.Equal(["名前", "café"], table.Columns.Select(c => c.Name));
        Assert.Equal("ünïcödé comment ✓", table.Columns[0].Comment);
        Assert.True(Encoding.UTF8.GetByteCount(table.Name) > table.Name.Length);
    }

    [Fact]
    public void Names_of_63_characters_are_not_truncated()
    {
        Assert.Equal(63, LongName.Length);
        var table = db.Table("public." + LongName);
        Assert.Equal(LongName, Assert.Single(table.Columns).Name);
        Assert.Equal(LongKeyName, table.PrimaryKey!.Name);
    }

    [Fact]
    public void A_table_with_300_columns_keeps_them_all_in_order()
    {
        var columns = db.Table("public.wide").Columns;
        Assert.Equal(300, columns.Count);
        Assert.Equal("c001", columns[0].Name);
        Assert.Equal("c300", columns[299].Name);
        Assert.Equal(Enumerable.Range(1, 300), columns.Select(c => c.Ordinal));
    }

    [Fact]
    public void Tables_without_a_primary_key_are_discovered()
    {
        var table = db.Table("public.no_pk_log");
        Assert.Null(table.PrimaryKey);
        Assert.Equal(2, table.Columns.Count);
        Assert.Null(db.Table("public.wide").PrimaryKey);
    }
}
