using System.Reflection;
using System.Reflection.Emit;
using DataFlow.CodeFirst.Caching;

namespace DataFlow.Tests.CodeFirst.Caching;

/// <summary>What a cached model reading is keyed by: the builds of the models' assembly and its references, the conventions' builds, the dialect.</summary>
public sealed class ModelCacheKeyTests
{
    private static readonly Assembly Models = typeof(ModelCacheKeyTests).Assembly;

    [Fact]
    public void The_same_assembly_and_dialect_give_the_same_key()
    {
        var first = ModelCacheKey.For(Models, "postgresql")!;
        var second = ModelCacheKey.For(Models, "postgresql")!;
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.FileName, second.FileName);
        Assert.EndsWith(ModelCacheKey.FileExtension, first.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_names_the_build_of_the_models_assembly_of_dataflow_and_of_every_application_reference()
    {
        var text = ModelCacheKey.For(Models, "sqlite")!.Text;
        Assert.Contains(Hex(Models.ManifestModule.ModuleVersionId), text, StringComparison.Ordinal);
        Assert.Contains(Hex(typeof(DataFlowDb).Assembly.ManifestModule.ModuleVersionId), text, StringComparison.Ordinal);
        Assert.Contains(Hex(typeof(Npgsql.NpgsqlConnection).Assembly.ManifestModule.ModuleVersionId), text, StringComparison.Ordinal);
        Assert.Contains("dialect sqlite", text, StringComparison.Ordinal);
        Assert.Contains(typeof(DataFlowDb).Assembly, ModelCacheKey.For(Models, "sqlite")!.Covered);
    }

    [Fact]
    public void Another_dialect_or_another_assembly_gives_another_key()
    {
        var postgres = ModelCacheKey.For(Models, "postgresql")!;
        Assert.NotEqual(postgres.FileName, ModelCacheKey.For(Models, "sqlite")!.FileName);
        Assert.NotEqual(postgres.FileName, ModelCacheKey.For(typeof(DataFlowDb).Assembly, "postgresql")!.FileName);
    }

    [Fact]
    public void Models_of_an_assembly_built_in_memory_are_not_cached()
    {
        var dynamic = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("ModelCacheKeyTestsDynamic"), AssemblyBuilderAccess.Run);
        Assert.Null(ModelCacheKey.For(dynamic, "sqlite"));
    }

    private static string Hex(Guid id) => Convert.ToHexStringLower(id.ToByteArray());
}
