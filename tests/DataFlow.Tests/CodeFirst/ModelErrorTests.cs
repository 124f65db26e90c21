using DataFlow.CodeFirst;

namespace DataFlow.Tests.CodeFirst;

/// <summary>The <c>DF-CF-…</c> errors of reading models.</summary>
public class ModelErrorTests
{
    private static DataFlowException Reading(string source, string dialect = "postgresql") =>
        Assert.ThrowsAny<DataFlowException>(() => ShopModels.FromSource(dialect, source));

    [Fact]
    public void An_unknown_dialect_is_DF_CF_001() =>
        Assert.Equal("DF-CF-001", Assert.ThrowsAny<DataFlowException>(() => ModelSchemaReader.FromTypes([], new ModelReadOptions { Dialect = "mysql" })).Code);

    [Fact]
    public void A_missing_assembly_is_DF_CF_002() =>
        Assert.Equal("DF-CF-002", Assert.ThrowsAny<DataFlowException>(() => ModelSchemaReader.FromAssembly("/nonexistent/Models.dll", new ModelReadOptions { Dialect = "sqlite" })).Code);

    [Fact]
    public void An_unknown_ON_DELETE_action_is_DF_CF_003_listing_the_valid_ones()
    {
        var error = Reading("""
            using DataFlow.Annotations;
            using System.ComponentModel.DataAnnotations.Schema;
            [Table("a")] public class A { public int Id { get; set; } }
            [Table("b")] [References("a", "AId", OnDelete = "EXPLODE")] public class B { public int Id { get; set; } public int AId { get; set; } }
            """);

        Assert.Equal("DF-CF-003", error.Code);
        Assert.Contains("SET NULL", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_on_a_property_that_does_not_exist_is_DF_CF_004()
    {
        var error = Reading("""
            using DataFlow.Annotations;
            using System.ComponentModel.DataAnnotations.Schema;
            [Table("a")] [Index("Missing")] public class A { public int Id { get; set; } }
            """);

        Assert.Equal("DF-CF-004", error.Code);
        Assert.Contains("Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_DF_CF_006_naming_the_file()
    {
        var error = Reading("public class { ");

        Assert.Equal("DF-CF-006", error.Code);
        Assert.Contains("Shop.cs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_unknown_table_without_principal_columns_is_DF_CF_009()
    {
        var error = Reading("""
            using DataFlow.Annotations;
            using System.ComponentModel.DataAnnotations.Schema;
            [Table("b")] [References("nowhere", "AId")] public class B { public int Id { get; set; } public int AId { get; set; } }
            """);

        Assert.Equal("DF-CF-009", error.Code);
    }
}
