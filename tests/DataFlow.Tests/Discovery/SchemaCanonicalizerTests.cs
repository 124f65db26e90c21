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

    [Fact]
    public void Foreign_keys_are_ordered_by_name_then_their_columns_joined_with_commas_then_principal()
    {
        string[][] columnLists = [[], [""], ["a"], ["a", ""], ["a,b"], ["a", "b"], ["a", "b", "c"], ["a-"], ["ab"], ["b"], ["a", ","]];
        var keys = columnLists.SelectMany(columns => new[] { "p", "q" }.Select(principal =>
            new ForeignKey { Name = "fk", Columns = [.. columns], PrincipalTable = principal, PrincipalColumns = [] })).ToList();

        foreach (var x in keys)
        {
            foreach (var y in keys)
            {
                var joined = StringComparer.Ordinal.Compare(string.Join(",", x.Columns), string.Join(",", y.Columns));
                var expected = joined != 0 ? joined : StringComparer.Ordinal.Compare(x.PrincipalTable, y.PrincipalTable);
                Assert.Equal(Math.Sign(expected), Math.Sign(SchemaCanonicalizer.CompareForeignKeys(x, y)));
            }
        }
    }

    [Fact]
    public void A_canonical_schema_is_returned_without_copies()
    {
        var canonical = SchemaCanonicalizer.Canonicalize(SampleSchemas.Everything());

        var again = SchemaCanonicalizer.Canonicalize(canonical);

        Assert.Equal(canonical, again);
        Assert.All(canonical.Tables.Zip(again.Tables), pair => Assert.Same(pair.First, pair.Second));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Short_and_long_lists_are_sorted_stably(int count)
    {
        // Check constraints order by name, then expression: unnamed checks with equal expressions tie, and keep
        // their order (told apart by reference); the short lists take the insertion sort, the long ones LINQ's.
        var checks = Enumerable.Range(0, count)
            .Select(i => new CheckConstraint { Name = i % 3 == 0 ? null : "ck" + ((count - i) % 5), Expression = "x > " + (i % 2) })
            .ToList();
        var table = new Table { Name = "t", Columns = [], CheckConstraints = [.. checks] };

        var sorted = SchemaCanonicalizer.Canonicalize(new DatabaseSchema { Dialect = "sqlite", Tables = [table] }).Tables[0].CheckConstraints;

        var expected = checks
            .Select((check, index) => (check, index))
            .OrderBy(x => x.check.Name ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(x => x.check.Expression, StringComparer.Ordinal)
            .ThenBy(x => x.index)
            .Select(x => x.check)
            .ToList();
        Assert.Equal(count, sorted.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Same(expected[i], sorted[i]);
        }
    }
}
