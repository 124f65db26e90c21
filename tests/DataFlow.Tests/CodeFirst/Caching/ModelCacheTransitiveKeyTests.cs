using System.Reflection;
using System.Runtime.Loader;
using DataFlow.CodeFirst.Caching;
using DataFlow.Tests.CodeGen;

namespace DataFlow.Tests.CodeFirst.Caching;

/// <summary>
/// A model whose base class lives in an assembly its own assembly does not reference (C ← B ← A: A's metadata names only
/// B): the key still names C's build, found through the models' own load context, and a change of C changes the key.
/// </summary>
public sealed class ModelCacheTransitiveKeyTests
{
    [Fact]
    public void The_key_names_the_build_of_an_assembly_reached_only_through_a_base_class()
    {
        // The same names twice (deterministic builds, separate load contexts): only C differs.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var first = Load("public class Root { public int Id { get; set; } }", suffix);
        var second = Load("public class Root { public int Id { get; set; } public string Tenant { get; set; } = \"\"; }", suffix);

        Assert.DoesNotContain(first.A.GetReferencedAssemblies(), r => r.Name == first.C.GetName().Name);
        Assert.Equal(first.A.ManifestModule.ModuleVersionId, second.A.ManifestModule.ModuleVersionId);
        Assert.NotEqual(first.C.ManifestModule.ModuleVersionId, second.C.ManifestModule.ModuleVersionId);
        var firstKey = ModelCacheKey.For(first.A, "sqlite")!;
        var secondKey = ModelCacheKey.For(second.A, "sqlite")!;
        Assert.Contains(first.C, firstKey.Covered);
        Assert.True(firstKey.Covers(first.A.GetType("Product")!));
        Assert.NotEqual(firstKey.Text, secondKey.Text);
    }

    [Fact]
    public void A_generic_model_is_covered_only_when_its_type_arguments_are()
    {
        var key = ModelCacheKey.For(typeof(ModelCacheTransitiveKeyTests).Assembly, "sqlite")!;
        Assert.True(key.Covers(typeof(Holder<int>)));
        Assert.True(key.Covers(typeof(Holder<ModelCacheTransitiveKeyTests>)));

        var outside = Load("public class Root { public int Id { get; set; } }", Guid.NewGuid().ToString("N")[..8]).C.GetType("Root")!;
        Assert.False(key.Covers(typeof(Holder<>).MakeGenericType(outside)));
    }

    // Three assemblies compiled here and loaded, by name, into a load context of their own (not collectible).
    private static (Assembly A, Assembly C) Load(string rootSource, string suffix)
    {
        var c = GeneratedCode.Emit([rootSource], "KeyTestC" + suffix);
        var b = GeneratedCode.Emit(["public class EntityBase : Root { public string CreatedBy { get; set; } = \"\"; }"], "KeyTestB" + suffix, c);
        var a = GeneratedCode.Emit(["public class Product : EntityBase { public string Name { get; set; } = \"\"; }"], "KeyTestA" + suffix, c, b);
        var context = new InMemoryLoadContext(new Dictionary<string, byte[]>
        {
            ["KeyTestA" + suffix] = a,
            ["KeyTestB" + suffix] = b,
            ["KeyTestC" + suffix] = c,
        });
        return (context.LoadFromAssemblyName(new AssemblyName("KeyTestA" + suffix)), context.LoadFromAssemblyName(new AssemblyName("KeyTestC" + suffix)));
    }

    public class Holder<T>
    {
        public int Id { get; set; }
    }

    private sealed class InMemoryLoadContext(Dictionary<string, byte[]> images) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            images.TryGetValue(assemblyName.Name!, out var image) ? LoadFromStream(new MemoryStream(image)) : null;
    }
}
