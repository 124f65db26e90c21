using System.Reflection;
using DataFlow.CodeFirst.Reading;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <summary>
/// Reads C# model classes as a <see cref="DatabaseSchema"/>, by the conventions of docs/code-first-models.md: from CLR
/// types (what <c>db.Model&lt;T&gt;()</c> uses) or from a compiled assembly. The same classes give the same schema as
/// the source reader of the <c>dataflow</c> command (<c>--models DIR</c>).
/// </summary>
/// <example>
/// <code>
/// var schema = ModelSchemaReader.FromTypes([typeof(Product), typeof(Order)], new ModelReadOptions { Dialect = "postgresql" });
/// var diff = SchemaDiffer.Compare(await db.DiscoverSchemaAsync(), schema);
/// </code>
/// </example>
public static class ModelSchemaReader
{
    /// <summary>
    /// The schema of <paramref name="types"/>: each class is a table (or a view with <c>[View]</c>), whether or not it
    /// carries <c>[Table]</c>; enums its properties use are read too. Classes are instantiated (parameterless constructor)
    /// to read property initialisers as column defaults.
    /// </summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-CF-001</c> unknown dialect; <c>DF-CF-003</c>, <c>DF-CF-004</c>, <c>DF-CF-009</c> an attribute that cannot be applied.</exception>
    public static DatabaseSchema FromTypes(IEnumerable<Type> types, ModelReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(options);
        var dialect = ModelDialects.For(options.Dialect);
        return ModelSchemaBuilder.Build(ReflectionModelReader.Read(types), dialect);
    }

    /// <summary>
    /// The schema of the model classes of the assembly at <paramref name="path"/>: its classes with <c>[Table]</c>,
    /// <c>[View]</c> or <c>[DatabaseObjects]</c>, and its <c>[DbEnum]</c> enums. The assembly is loaded into a collectible context (its dependencies
    /// resolved from its folder) and unloaded afterwards.
    /// </summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-CF-002</c> no such file; <c>DF-CF-005</c> it cannot be loaded; <c>DF-CF-007</c> no model class.</exception>
    public static DatabaseSchema FromAssembly(string path, ModelReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var dialect = ModelDialects.For(options.Dialect);
        return AssemblyModelLoader.Read(path, types => ModelSchemaBuilder.Build(ReflectionModelReader.Read(types), dialect));
    }

    /// <summary>Whether attributes of these names make a class a model class of an assembly or source folder: <c>[Table]</c>, <c>[View]</c> or <c>[DatabaseObjects]</c>.</summary>
    internal static bool IsModelClass(IEnumerable<string> attributeNames) =>
        attributeNames.Any(n => n is "Table" or "TableAttribute" or "View" or "ViewAttribute" or "DatabaseObjects" or "DatabaseObjectsAttribute");

    /// <summary>
    /// Whether <paramref name="type"/> is read from an assembly: a model class (<c>[Table]</c>, <c>[View]</c>,
    /// <c>[DatabaseObjects]</c>) or a database enum (<c>[DbEnum]</c>, also when no property uses it).
    /// </summary>
    public static bool IsModelType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var names = type.GetCustomAttributesData().Select(a => a.AttributeType.Name).ToList();
        return type.IsEnum ? names.Contains("DbEnumAttribute") : type.IsClass && IsModelClass(names);
    }
}
