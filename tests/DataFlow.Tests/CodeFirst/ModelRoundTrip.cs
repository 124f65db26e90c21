using System.Runtime.Loader;
using DataFlow.Cli.CodeFirst;
using DataFlow.CodeFirst;
using DataFlow.CodeGen;
using DataFlow.Diff;
using DataFlow.Schema;
using DataFlow.Tests.CodeGen;

namespace DataFlow.Tests.CodeFirst;

/// <summary>
/// Scaffolds a schema and reads the generated classes back with each model reader (Roslyn source, reflection over the
/// compiled classes, the .dll reader), asserting that the diff against the schema is empty except for what
/// docs/code-first-models.md lists as not round-tripping.
/// </summary>
internal static class ModelRoundTrip
{
    /// <summary>Asserts the round trip of <paramref name="schema"/> through all three readers (and the single-file scaffold through the source reader).</summary>
    public static void AssertAllReaders(DatabaseSchema schema, string fixture)
    {
        var options = new ScaffoldOptions { OutputDirectory = "unused", Namespace = "RoundTrip." + CodeNames.Pascal(fixture) };
        var sources = ModelScaffolder.Generate(schema, options).Select(f => (f.RelativePath, f.Content)).ToList();
        var readOptions = new ModelReadOptions { Dialect = schema.Dialect };

        var fromSource = ModelSchemaBuilder.Build(SourceModelReader.Read(sources), ModelDialects.For(schema.Dialect));
        AssertSame(schema, fromSource, fixture + " (source)");
        var singleFile = ModelScaffolder.Generate(schema, options with { SingleFile = true }).Select(f => (f.RelativePath, f.Content));
        AssertSame(schema, ModelSchemaBuilder.Build(SourceModelReader.Read(singleFile), ModelDialects.For(schema.Dialect)), fixture + " (single file)");

        var image = GeneratedCode.Emit(sources.Select(s => s.Content), "RoundTrip" + CodeNames.Pascal(fixture));
        var context = new AssemblyLoadContext("round trip " + fixture, isCollectible: true);
        try
        {
            var types = context.LoadFromStream(new MemoryStream(image)).GetTypes().Where(ModelSchemaReader.IsModelType);
            AssertSame(schema, ModelSchemaReader.FromTypes(types, readOptions), fixture + " (reflection)");
        }
        finally
        {
            context.Unload();
        }

        var dll = Path.Combine(Path.GetTempPath(), "dataflow-roundtrip-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllBytes(dll, image);
        try
        {
            AssertSame(schema, ModelSchemaReader.FromAssembly(dll, readOptions), fixture + " (assembly)");
        }
        finally
        {
            File.Delete(dll);
        }
    }

    /// <summary>Asserts that comparing <paramref name="expected"/> with <paramref name="actual"/> finds only the documented limits.</summary>
    public static void AssertSame(DatabaseSchema expected, DatabaseSchema actual, string what)
    {
        var changes = SchemaDiffer.Compare(expected, actual).Changes.Where(c => !RoundTripLimits.IsExpected(c)).ToList();
        Assert.True(changes.Count == 0, $"{what}: {changes.Count} differences:\n" + string.Join("\n", changes.Take(40).Select(Describe)));
    }

    private static string Describe(SchemaChange change) =>
        $"{change.Action} {change.Kind} {change.Path} {change.Property}: '{change.Before}' -> '{change.After}'";
}
