using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Tests.Discovery;

public class SchemaFilterTests
{
    private static Table T(string? schema, string name) => new()
    {
        Schema = schema,
        Name = name,
        Columns = [new Column { Name = "id", Ordinal = 1, RawType = "integer", Type = LogicalType.Of(LogicalTypeKind.Int32) }],
    };

    private static readonly DatabaseSchema Schema = new()
    {
        Dialect = "postgresql",
        Tables = [T("public", "orders"), T("public", "order_items"), T("public", "users"), T("sales", "orders"), T("public", "dataflow_model_registry")],
        Views = [new View { Schema = "public", Name = "order_totals", Definition = "select 1", Columns = [] }],
    };

    private static string[] Names(DatabaseSchema schema) => [.. schema.Tables.Select(t => t.QualifiedName), .. schema.Views.Select(v => v.QualifiedName)];

    [Fact]
    public void DataFlow_bookkeeping_tables_are_hidden_unless_asked_for()
    {
        Assert.DoesNotContain("public.dataflow_model_registry", Names(SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions())));
        Assert.Contains("public.dataflow_model_registry", Names(SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeDataFlowTables = true })));
    }

    [Fact]
    public void Sequences_go_with_the_table_that_owns_them()
    {
        static Sequence Q(string name, string? owner) => new() { Schema = "public", Name = name, DataType = "bigint", OwnedBy = owner };
        var schema = Schema with
        {
            Sequences =
            [
                Q("dataflow_model_registry_id_seq", "public.dataflow_model_registry.id"), Q("users_id_seq", "public.users.id"), Q("invoice_numbers", null),

                // Owned by a table that was not read (a foreign table, another schema): nothing to hide it with.
                Q("remote_id_seq", "other.remote.id"),
            ],
        };

        static string[] SequenceNames(DatabaseSchema s) => [.. s.Sequences.Select(q => q.Name)];
        Assert.Equal(["users_id_seq", "invoice_numbers", "remote_id_seq"], SequenceNames(SchemaFilter.Apply(schema, new SchemaDiscoveryOptions())));
        Assert.Equal(["invoice_numbers", "remote_id_seq"], SequenceNames(SchemaFilter.Apply(schema, new SchemaDiscoveryOptions { ExcludeTables = ["users"] })));
        Assert.Equal(4, SchemaFilter.Apply(schema, new SchemaDiscoveryOptions { IncludeDataFlowTables = true }).Sequences.Count());
    }

    [Fact]
    public void Include_globs_match_plain_names_in_every_schema()
    {
        var result = SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = ["order*"] });
        Assert.Equal(["public.order_items", "public.order_totals", "public.orders", "sales.orders"], Names(result).Order(StringComparer.Ordinal));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_glob_with_a_dot_matches_the_qualified_name()
    {
        var result = SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = ["sales.*"] });
        Assert.Equal(["sales.orders"], Names(result));
    }

    [Fact]
    public void Exclude_wins_over_include()
    {
        var result = SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = ["order*"], ExcludeTables = ["order_?????", "public.order_totals"] });
        Assert.Equal(["public.orders", "sales.orders"], Names(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Question_mark_matches_exactly_one_character_and_globs_are_case_sensitive()
    {
        Assert.Equal(["public.users"], Names(SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = ["use?s"] })));
        var none = SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = ["USERS"] });
        Assert.Empty(none.Tables);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_gives_an_empty_result_and_a_warning()
    {
        var result = SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = ["nothing_like_this*"] });
        Assert.Empty(result.Tables);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ErrorCodes.FilterMatchedNothing, warning.Code);
        Assert.Contains("nothing_like_this*", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_filter_naming_an_empty_schema_gives_a_warning()
    {
        var result = SchemaFilter.Apply(Schema with { Tables = [] , Views = [] }, new SchemaDiscoveryOptions { Schemas = ["ghost"] });
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("ghost", warning.ObjectName);
        Assert.Equal(ErrorCodes.FilterMatchedNothing, warning.Code);
    }

    [Fact]
    public void Regex_characters_in_globs_are_literal()
    {
        var schema = Schema with { Tables = [T(null, "a.b"), T(null, "a+b"), T(null, "axb")] };
        Assert.Equal(["a+b"], Names(SchemaFilter.Apply(schema, new SchemaDiscoveryOptions { IncludeTables = ["a+b"] })));
    }

    [Fact]
    public void An_empty_pattern_is_a_coded_error()
    {
        var error = Assert.Throws<DataFlowConfigurationException>(() => SchemaFilter.Apply(Schema, new SchemaDiscoveryOptions { IncludeTables = [" "] }));
        Assert.Equal(ErrorCodes.InvalidOption, error.Code);
    }
}
