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
        var context = ContextFor(options, schemaHash);
        return PlanFiles(ScaffoldPlanner.Plan(schema), options.SingleFile)
            .Select(file => new ScaffoldedFile(file.RelativePath, file.Render(context), file.QualifiedName))
            .ToList();
    }

    /// <summary>
    /// Plans the files of <paramref name="schema"/> (every name decided, nothing rendered) while another thread serializes
    /// the snapshot and takes the schema hash from it: both walk the whole schema and neither needs the other.
    /// </summary>
    /// <exception cref="DataFlowException"><c>DF-GEN-001</c>: the namespace is not a valid C# namespace.</exception>
    internal static async Task<PlannedScaffold> PlanAsync(DatabaseSchema schema, ScaffoldOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        CheckNamespace(options.Namespace);
        var snapshot = Task.Run(() => SchemaSnapshot.Render(schema), cancellationToken);
        var files = PlanFiles(ScaffoldPlanner.Plan(schema), options.SingleFile);
        var (json, hash) = await snapshot;
        return new PlannedScaffold(files, hash, json);
    }

    /// <summary>The values every header of a scaffold with <paramref name="options"/> shares.</summary>
    internal static ScaffoldContext ContextFor(ScaffoldOptions options, string schemaHash) =>
        new(options.Namespace, DatabaseUrl.Mask(options.SourceUrl ?? "(schema)"), schemaHash, options.Timestamp);

    /// <summary>The files of <paramref name="plan"/> in their stable order (enums, tables, views, database objects), not yet rendered.</summary>
    private static List<PlannedFile> PlanFiles(ScaffoldPlan plan, bool singleFile)
    {
        if (singleFile)
        {
            return [new PlannedFile(GeneratedFolder + "/" + SingleFileName, null, context => SingleFile(plan, context))];
        }

        var files = new List<PlannedFile>(plan.Enums.Count + plan.Entities.Count + 1);
        foreach (var plannedEnum in plan.Enums)
        {
            files.Add(new PlannedFile(GeneratedFolder + "/" + plannedEnum.ClassName + ".cs", plannedEnum.Enum.QualifiedName,
                context => Render(context, forEnums: true, forClasses: false, writer => EnumEmitter.Write(writer, plannedEnum))));
        }

        foreach (var entity in plan.Entities)
        {
            files.Add(new PlannedFile(GeneratedFolder + "/" + entity.ClassName + ".cs", entity.QualifiedName,
                context => Render(context, forEnums: false, forClasses: true, writer => EntityEmitter.Write(writer, entity, plan))));
        }

        if (plan.DatabaseObjectsClassName is { } databaseObjects)
        {
            files.Add(new PlannedFile(GeneratedFolder + "/" + databaseObjects + ".cs", DatabaseObjectsName,
                context => Render(context, forEnums: false, forClasses: false, writer => DatabaseObjectsEmitter.Write(writer, databaseObjects, plan))));
        }

        return files;
    }

    // One file: the header, an empty line, then what body writes.
    private static string Render(ScaffoldContext context, bool forEnums, bool forClasses, Action<CSharpWriter> body)
    {
        var writer = new CSharpWriter();
        GeneratedHeader.Write(writer, context, forEnums, forClasses);
        writer.Line();
        body(writer);
        return writer.ToString();
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
