namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>
/// A sequence's owner is named from the columns discovery read, unless the owner is not a relation the model
/// holds (a foreign table), when the server names it.
/// </summary>
public sealed class SequenceOwnerDiscoveryTests(SequenceOwnerDiscoveryTests.Database db) : IClassFixture<SequenceOwnerDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE SCHEMA "Sales Dept";
            CREATE TABLE "Sales Dept"."Order Lines" ("Line No" serial, dropped integer, qty integer);
            ALTER TABLE "Sales Dept"."Order Lines" DROP COLUMN dropped;
            CREATE SEQUENCE "Sales Dept".qty_seq OWNED BY "Sales Dept"."Order Lines".qty;
            CREATE VIEW line_numbers AS SELECT 1 AS n;
            CREATE SEQUENCE view_seq OWNED BY line_numbers.n;
            CREATE FOREIGN DATA WRAPPER nowhere;
            CREATE SERVER far_away FOREIGN DATA WRAPPER nowhere;
            CREATE FOREIGN TABLE remote_lines (id integer) SERVER far_away;
            CREATE SEQUENCE remote_seq OWNED BY remote_lines.id;
            """;
    }

    private string? OwnerOf(string name) => db.Schema.Sequences.Single(s => s.Name == name).OwnedBy;

    [Fact]
    public void Owner_names_are_raw_and_skip_dropped_columns()
    {
        Assert.Equal("Sales Dept.Order Lines.Line No", OwnerOf("Order Lines_Line No_seq"));
        Assert.Equal("Sales Dept.Order Lines.qty", OwnerOf("qty_seq"));
    }

    [Fact]
    public void A_view_column_can_own_a_sequence() => Assert.Equal("public.line_numbers.n", OwnerOf("view_seq"));

    [Fact]
    public void A_foreign_table_column_is_named_although_its_table_is_not_in_the_model() =>
        Assert.Equal("public.remote_lines.id", OwnerOf("remote_seq"));
}
