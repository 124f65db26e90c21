using DataFlow.Schema;

namespace DataFlow.Tests.Dialects.Postgres;

public sealed class ViewDiscoveryTests(ViewDiscoveryTests.Database db) : IClassFixture<ViewDiscoveryTests.Database>
{
    public sealed class Database : DiscoveredPostgresDatabase
    {
        protected override string Sql => """
            CREATE SCHEMA reporting;
            CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), placed date);
            CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
            COMMENT ON VIEW big_orders IS 'Orders over 100';
            CREATE MATERIALIZED VIEW reporting.daily_totals AS
                SELECT placed, sum(total) AS total, count(*) AS orders FROM orders GROUP BY placed;
            CREATE UNIQUE INDEX daily_totals_placed ON reporting.daily_totals (placed);
            COMMENT ON MATERIALIZED VIEW reporting.daily_totals IS 'Refreshed nightly';
            """;
    }

    [Fact]
    public void Views_are_not_tables()
    {
        Assert.Equal(["public.orders"], db.Schema.Tables.Select(t => t.QualifiedName));
        Assert.Equal(["public.big_orders", "reporting.daily_totals"], db.Schema.Views.Select(v => v.QualifiedName));
    }

    [Fact]
    public void View_keeps_definition_columns_and_comment()
    {
        var view = db.View("public.big_orders");
        Assert.False(view.IsMaterialized);
        Assert.Contains("FROM orders", view.Definition, StringComparison.Ordinal);
        Assert.Contains("WHERE orders.total > 100", view.Definition, StringComparison.Ordinal);
        Assert.Equal(["id", "total"], view.Columns.Select(c => c.Name));
        Assert.Equal("numeric(10,2)", view.Columns[1].RawType);
        Assert.Equal("decimal(10,2)", view.Columns[1].Type.ToString());
        Assert.Equal("Orders over 100", view.Comment);
    }

    [Fact]
    public void Materialized_view_keeps_its_columns_and_indexes()
    {
        var view = db.View("reporting.daily_totals");
        Assert.True(view.IsMaterialized);
        Assert.Equal(["placed", "total", "orders"], view.Columns.Select(c => c.Name));
        Assert.Equal(LogicalTypeKind.Int64, view.Columns[2].Type.Kind);
        var index = Assert.Single(view.Indexes);
        Assert.Equal("daily_totals_placed", index.Name);
        Assert.True(index.IsUnique);
        Assert.Equal("Refreshed nightly", view.Comment);
        Assert.Contains("GROUP BY orders.placed", view.Definition, StringComparison.Ordinal);
    }
}
