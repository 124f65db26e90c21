using DataFlow.CodeGen;
using DataFlow.Schema;
using DataFlow.Tests.Cli;

namespace DataFlow.Tests.CodeGen;

/// <summary>Writing to disk: hand-written code survives, table-scoped regeneration, removal of dropped tables.</summary>
public class ScaffoldRegenerationTests
{
    private static ScaffoldOptions OptionsFor(TempFolder folder) => new() { OutputDirectory = folder.Path, Namespace = "Shop.Models" };

    [Fact]
    public async Task A_hand_written_partial_file_survives_regeneration_and_compiles_with_the_generated_one()
    {
        using var folder = new TempFolder();
        const string custom = "namespace Shop.Models;\n\npublic partial class User\n{\n    public string Display => Email + \" (\" + Id + \")\";\n}\n";
        File.WriteAllText(folder.File("User.cs"), custom);

        await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));
        await ModelScaffolder.WriteAsync(ShopSchema.Create() with { Tables = new([ShopSchema.Users()]) }, OptionsFor(folder));

        Assert.Equal(custom, File.ReadAllText(folder.File("User.cs")));
        GeneratedCode.AssertCompiles(Directory.GetFiles(folder.Path, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText), "models with custom code");
    }

    [Fact]
    public async Task Generated_files_of_dropped_tables_are_removed_but_files_without_the_header_are_kept()
    {
        using var folder = new TempFolder();
        await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));
        var own = Path.Combine(folder.Path, "Generated", "Notes.cs");
        File.WriteAllText(own, "// mine\nnamespace Shop.Models;\n");

        var result = await ModelScaffolder.WriteAsync(ShopSchema.Create() with { Tables = new([ShopSchema.Users()]) }, OptionsFor(folder));

        Assert.Equal([Path.Combine(folder.Path, "Generated", "Document.cs")], result.Removed);
        Assert.False(File.Exists(Path.Combine(folder.Path, "Generated", "Document.cs")));
        Assert.True(File.Exists(own));
        Assert.True(File.Exists(folder.File("schema.snapshot.json")));
    }

    [Fact]
    public async Task Regenerating_one_table_writes_only_its_file_and_keeps_navigations_to_the_others()
    {
        using var folder = new TempFolder();
        await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));
        var userFile = Path.Combine(folder.Path, "Generated", "User.cs");
        File.WriteAllText(userFile, File.ReadAllText(userFile) + "// touched\n");
        File.Delete(Path.Combine(folder.Path, "Generated", "Document.cs"));

        var result = await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder) with { Tables = ["documents"] });

        Assert.Equal([Path.Combine(folder.Path, "Generated", "Document.cs")], result.Written);
        Assert.EndsWith("// touched\n", File.ReadAllText(userFile), StringComparison.Ordinal);
        Assert.Contains("public User CreatedByUser", File.ReadAllText(Path.Combine(folder.Path, "Generated", "Document.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_on_the_same_schema_rewrites_nothing_and_leaves_identical_bytes()
    {
        using var folder = new TempFolder();
        await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));
        var before = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        var result = await ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder));

        Assert.Empty(result.Written);
        Assert.Equal(4, result.Unchanged.Count);
        Assert.Equal(before, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public async Task Table_globs_that_match_nothing_are_DF_GEN_002_and_write_nothing()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<DataFlowException>(() => ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder) with { Tables = ["nope*"] }));

        Assert.Equal("DF-GEN-002", error.Code);
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Table_globs_with_a_single_file_are_DF_GEN_004()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<DataFlowException>(() => ModelScaffolder.WriteAsync(ShopSchema.Create(), OptionsFor(folder) with { Tables = ["users"], SingleFile = true }));

        Assert.Equal("DF-GEN-004", error.Code);
    }

    [Fact]
    public void Keywords_odd_characters_and_colliding_names_become_valid_distinct_identifiers()
    {
        var col = (string name, int ordinal) => ShopSchema.Col(name, ordinal, LogicalType.Of(LogicalTypeKind.Int32), "integer");
        var schema = new DatabaseSchema
        {
            Dialect = "sqlite",
            Tables = new([
                new Table { Name = "class", Columns = new([col("class", 1), col("namespace", 2), col("my column!", 3), col("MyColumn", 4), col("2nd", 5), col("é-t", 6)]) },
                new Table { Name = "Classes", Columns = new([col("id", 1), col("class", 2)]) },
                new Table { Name = "guid", Columns = new([col("x", 1)]) },
            ]),
        };

        var files = ModelScaffolder.Generate(schema, new ScaffoldOptions { OutputDirectory = "unused" });
        var @class = Assert.Single(files, f => f.QualifiedName == "class").Content;

        // Ordinal order: "Classes" comes before "class", so it is the one named Class.
        Assert.Equal(["Generated/Class.cs", "Generated/Class2.cs", "Generated/Guid2.cs"], files.Select(f => f.RelativePath));
        Assert.Contains("public int ClassValue { get; set; }", files[0].Content, StringComparison.Ordinal);
        Assert.Contains("public partial class Class2", @class, StringComparison.Ordinal);
        Assert.Contains("public int MyColumn { get; set; }", @class, StringComparison.Ordinal);
        Assert.Contains("public int MyColumn2 { get; set; }", @class, StringComparison.Ordinal);
        Assert.Contains("public int _2nd { get; set; }", @class, StringComparison.Ordinal);
        GeneratedCode.AssertCompiles(files.Select(f => f.Content), "odd names");
    }
}
