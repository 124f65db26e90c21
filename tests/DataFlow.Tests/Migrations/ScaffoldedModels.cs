using DataFlow.Cli.CodeFirst;
using DataFlow.CodeFirst;
using DataFlow.CodeGen;
using DataFlow.Schema;

namespace DataFlow.Tests.Migrations;

/// <summary>The "models" step of the DB → models → DB round trip: scaffold C# classes and read them back with Roslyn.</summary>
internal static class ScaffoldedModels
{
    /// <summary>Scaffolds <paramref name="schema"/> to C# source (in memory) and reads the classes back as a schema.</summary>
    public static DatabaseSchema ReadBack(DatabaseSchema schema)
    {
        var options = new ScaffoldOptions { OutputDirectory = "unused", Namespace = "RoundTrip.Models" };
        var sources = ModelScaffolder.Generate(schema, options).Select(f => (f.RelativePath, f.Content)).ToList();
        return ModelSchemaBuilder.Build(SourceModelReader.Read(sources), ModelDialects.For(schema.Dialect));
    }
}
