using DataFlow.Models;
using DataFlow.Schema;

namespace DataFlow.Tests.Models;

public sealed class ModelNamerTests
{
    [Theory]
    [InlineData("users", "User")]
    [InlineData("order_items", "OrderItem")]
    [InlineData("categories", "Category")]
    [InlineData("people", "Person")]
    [InlineData("status", "Status")]
    [InlineData("Album", "Album")]
    [InlineData("InvoiceLine", "InvoiceLine")]
    [InlineData("orderItems", "OrderItem")]
    [InlineData("film_actor", "FilmActor")]
    [InlineData("weird name; --", "WeirdName")]
    [InlineData("2fa_codes", "T2faCode")]
    [InlineData("données_clients", "DonnéesClient")]
    [InlineData("\"; --", "Table")]
    public void Table_names_become_singular_pascal_case_identifiers(string table, string model)
    {
        Assert.Equal(model, ModelNamer.Name(table));
    }

    [Fact]
    public void Collisions_are_resolved_in_schema_then_name_order()
    {
        var tables = new[] { Table("sales", "users"), Table("public", "user"), Table("public", "users"), Table("hr", "users") };

        var names = ModelNamer.Assign(tables, new HashSet<string> { "Taken" });
        var again = ModelNamer.Assign(tables.Reverse(), new HashSet<string> { "Taken" });

        Assert.Equal("HrUser", names[tables[3]]);
        Assert.Equal("User", names[tables[1]]);
        Assert.Equal("User2", names[tables[2]]);
        Assert.Equal("SalesUser", names[tables[0]]);
        Assert.Equal(names.OrderBy(p => p.Value).Select(p => p.Value), again.OrderBy(p => p.Value).Select(p => p.Value));
    }

    [Fact]
    public void A_name_already_taken_by_an_existing_model_gets_a_number()
    {
        var table = Table(null, "users");

        var names = ModelNamer.Assign([table], new HashSet<string> { "User" });

        Assert.Equal("User2", names[table]);
    }

    private static Table Table(string? schema, string name) => new()
    {
        Schema = schema,
        Name = name,
        Columns = [new Column { Name = "id", Ordinal = 1, RawType = "int", Type = LogicalType.Of(LogicalTypeKind.Int32) }],
    };
}
