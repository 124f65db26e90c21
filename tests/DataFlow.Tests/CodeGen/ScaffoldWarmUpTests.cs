using DataFlow.CodeGen;
using DataFlow.Snapshots;

namespace DataFlow.Tests.CodeGen;

/// <summary>The warm-up <c>dataflow scaffold</c> runs beside discovery: it must reach every kind of file and leave nothing behind.</summary>
public class ScaffoldWarmUpTests
{
    [Fact]
    public void Warm_up_renders_every_kind_of_file_and_the_result_compiles()
    {
        var files = ScaffoldWarmUp.Run();

        Assert.Equal(
            ["Generated/ItemStatus.cs", "Generated/Customer.cs", "Generated/OrderItem.cs", "Generated/ActiveItem.cs", "Generated/DatabaseObjects.cs"],
            files.Select(f => f.RelativePath));
        Assert.Contains("public ICollection<OrderItem> OrderItems", Assert.Single(files, f => f.RelativePath == "Generated/Customer.cs").Content, StringComparison.Ordinal);
        GeneratedCode.AssertCompiles(files.Select(f => f.Content), "warm-up");
    }

    [Fact]
    public void A_scaffold_after_the_warm_up_is_the_same_as_without_it()
    {
        var schema = ScaffoldWarmUp.Sample();
        var options = new ScaffoldOptions { OutputDirectory = "unused", Namespace = "After" };
        var before = ModelScaffolder.Generate(schema, options);

        ScaffoldWarmUp.Run();

        Assert.Equal(before, ModelScaffolder.Generate(schema, options));
        Assert.Equal(SchemaSnapshot.ComputeHash(schema), SchemaSnapshot.ComputeHash(ScaffoldWarmUp.Sample()));
    }
}
