using DataFlow.CodeGen;
using DataFlow.Schema;

namespace DataFlow.Tests.CodeGen;

/// <summary>Reference names for foreign key columns without an <c>_id</c> suffix, and multi-column keys.</summary>
public class ScaffoldNavigationNamingTests
{
    private static Column Int(string name, int ordinal, bool nullable = true) =>
        ShopSchema.Col(name, ordinal, LogicalType.Of(LogicalTypeKind.Int32), "integer", nullable);

    private static ForeignKey Fk(string table, params string[] columns) =>
        new() { Columns = new(columns), PrincipalTable = table, PrincipalColumns = new(columns.Select(_ => "id")) };

    [Fact]
    public void Columns_without_an_id_suffix_name_the_reference_with_the_principal_class()
    {
        var schema = new DatabaseSchema
        {
            Dialect = "sqlite",
            Tables = new([
                new Table
                {
                    Name = "employees",
                    Columns = new([Int("id", 1, nullable: false), Int("reports_to", 2), Int("customer", 3)]),
                    PrimaryKey = new PrimaryKey { Columns = new(["id"]) },
                    ForeignKeys = new([Fk("employees", "reports_to"), Fk("customers", "customer")]),
                },
                new Table { Name = "customers", Columns = new([Int("id", 1, nullable: false)]), PrimaryKey = new PrimaryKey { Columns = new(["id"]) } },
            ]),
        };

        var files = ModelScaffolder.Generate(schema, new ScaffoldOptions { OutputDirectory = "unused" });
        var employee = Assert.Single(files, f => f.QualifiedName == "employees").Content;

        Assert.Contains("public Employee? ReportsToEmployee { get; set; }", employee, StringComparison.Ordinal);
        Assert.Contains("public Customer? CustomerNavigation { get; set; }", employee, StringComparison.Ordinal);
        Assert.Contains("public ICollection<Employee> Employees { get; set; }", employee, StringComparison.Ordinal);
        GeneratedCode.AssertCompiles(files.Select(f => f.Content), "employees");
    }
}
