using DataFlow.Connections;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.CodeGen;

/// <summary>
/// Generates C# model classes from a discovered schema: one partial class per table and view and one enum
/// per database enum, under <c>Generated/</c>. See docs/scaffold.md.
/// </summary>
/// <example>
/// <code>
/// var schema = await db.DiscoverSchemaAsync();
/// await ModelScaffolder.WriteAsync(schema, new ScaffoldOptions { OutputDirectory = "Models", Namespace = "Shop.Models" });
/// </code>
/// </example>
public static partial class ModelScaffolder
{
    /// <summary>The subfolder of the models folder that regeneration owns.</summary>
    public const string GeneratedFolder = "Generated";

    /// <summary>The snapshot file written beside the models.</summary>
    public const string SnapshotFileName = "schema.snapshot.json";

    /// <summary>The <see cref="ScaffoldedFile.QualifiedName"/> of the file holding schema-level objects (domains, sequences).</summary>
    public const string DatabaseObjectsName = "(database objects)";

    /// <summary>The file of <see cref="ScaffoldOptions.SingleFile"/>.</summary>
    public const string SingleFileName = "Models.cs";

    /// <summary>
    /// Generates every file of <paramref name="schema"/> in memory, in a stable order (enums, tables, views),
    /// ignoring <see cref="ScaffoldOptions.Tables"/>. The same schema and options give byte-identical files.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-GEN-001</c>: the namespace is not a valid C# namespace.</exception>
    public static IReadOnlyList<ScaffoldedFile> Generate(DatabaseSchema schema, ScaffoldOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Generate(schema, options, SchemaSnapshot.ComputeHash(schema));
    }

    /// <summary><see cref="Generate(DatabaseSchema, ScaffoldOptions)"/> with the schema hash already computed.</summary>
    internal static IReadOnlyList<ScaffoldedFile> Generate(DatabaseSchema schema, ScaffoldOptions options, string schemaHash)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckNamespace(options.Namespace);
        var context = new ScaffoldContext(options.Namespace, DatabaseUrl.Mask(options.SourceUrl ?? "(schema)"), schemaHash, options.Timestamp);
        var plan = ScaffoldPlanner.Plan(schema);
        if (options.SingleFile)
        {
            return [new ScaffoldedFile(GeneratedFolder + "/" + SingleFileName, SingleFile(plan, context), null)];
        }

        var files = new List<ScaffoldedFile>(plan.Enums.Count + plan.Entities.Count);
        foreach (var plannedEnum in plan.Enums)
        {
            var writer = new CSharpWriter();
            GeneratedHeader.Write(writer, context, forEnums: true, forClasses: false);
            writer.Line();
            EnumEmitter.Write(writer, plannedEnum);
            files.Add(new ScaffoldedFile(GeneratedFolder + "/" + plannedEnum.ClassName + ".cs", writer.ToString(), plannedEnum.Enum.QualifiedName));
        }

        foreach (var entity in plan.Entities)
        {
            var writer = new CSharpWriter();
            GeneratedHeader.Write(writer, context, forEnums: false, forClasses: true);
            writer.Line();
            EntityEmitter.Write(writer, entity, plan);
            files.Add(new ScaffoldedFile(GeneratedFolder + "/" + entity.ClassName + ".cs", writer.ToString(), entity.QualifiedName));
        }

        if (plan.DatabaseObjectsClassName is { } databaseObjects)
        {
            var writer = new CSharpWriter();
            GeneratedHeader.Write(writer, context, forEnums: false, forClasses: false);
            writer.Line();
            DatabaseObjectsEmitter.Write(writer, databaseObjects, plan);
            files.Add(new ScaffoldedFile(GeneratedFolder + "/" + databaseObjects + ".cs", writer.ToString(), DatabaseObjectsName));
        }

        return files;
    }

    private static string SingleFile(ScaffoldPlan plan, ScaffoldContext context)
    {
        var writer = new CSharpWriter();
        GeneratedHeader.Write(writer, context, forEnums: plan.Enums.Count > 0, forClasses: true);
        foreach (var plannedEnum in plan.Enums)
        {
            writer.Line();
            EnumEmitter.Write(writer, plannedEnum);
        }

        foreach (var entity in plan.Entities)
        {
            writer.Line();
            EntityEmitter.Write(writer, entity, plan);
        }

        if (plan.DatabaseObjectsClassName is { } databaseObjects)
        {
            writer.Line();
            DatabaseObjectsEmitter.Write(writer, databaseObjects, plan);
        }

        return writer.ToString();
    }

    /// <summary>Throws <c>DF-GEN-001</c> unless <paramref name="name"/> is a valid C# namespace.</summary>
    internal static void CheckNamespace(string name)
    {
        var parts = name.Split('.');
        if (parts.Any(p => p.Length == 0 || CSharpSyntax.IsKeyword(p) || !CSharpSyntax.IsIdentifierStart(p[0]) || !p.All(CSharpSyntax.IsIdentifierPart)))
        {
            throw DataFlowErrors.InvalidNamespace(name);
        }
    }
}
