using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Tests.Schema;

namespace DataFlow.Tests.Discovery;

public class SchemaCanonicalizerTests
{
    [Fact]
    public void Lists_are_put_in_ordinal_order_and_columns_in_ordinal_position()
    {
        var schema = SampleSchemas.Everything();
        var order = schema.Tables[0];
        var shuffled = schema with
        {
            Tables = [order with { Columns = order.Columns.Reverse().ToEquatableArray(), Indexes = order.Indexes.Reverse().ToEquatableArray() }, schema.Tables[1]],
        };

        var canonical = SchemaCanonicalizer.Canonicalize(shuffled);
        Assert.Equal(["customer", "order"], canonical.Tables.Select(t => t.Name));
        var table = canonical.FindTable("order")!;
        Assert.Equal(Enumerable.Range(1, 7), table.Columns.Select(c => c.Ordinal));
        Assert.Equal(["order_lower_note_idx", "order_tags_gin"], table.Indexes.Select(i => i.Name));
        Assert.Equal(SchemaCanonicalizer.Canonicalize(schema), canonical);
    }

    [Fact]
    public void Canonical_order_is_ordinal_not_culture_sensitive()
    {
        var schema = new DatabaseSchema
        {
            Dialect = "sqlite",
            Tables = [.. new[] { "b", "B", "a", "Ä", "_x" }.Select(n => new Table { Name = n, Columns = [] })],
        };
        Assert.Equal(["B", "_x", "a", "b", "Ä"], SchemaCanonicalizer.Canonicalize(schema).Tables.Select(t => t.Name));
    }
}
