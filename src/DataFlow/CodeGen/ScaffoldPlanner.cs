using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>
/// Decides every generated name from the whole schema, so that scaffolding one table gives the same
/// names (and navigations to the others) as scaffolding all of them. Objects are visited in ordinal
/// order of schema and name, which makes the collision suffixes deterministic.
/// </summary>
internal static partial class ScaffoldPlanner
{
    // Type names the generated code uses unqualified: a class with one of these names would shadow them.
    private static readonly string[] ReservedTypeNames =
    [
        "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "Guid", "ICollection", "List",
        "DatabaseGeneratedOption", "System",
    ];

    /// <summary>Plans the scaffold of <paramref name="schema"/>.</summary>
    public static ScaffoldPlan Plan(DatabaseSchema schema)
    {
        static string Key(string? s, string n) => (s ?? "") + "\u0001" + n;
        var tables = schema.Tables.OrderBy(t => Key(t.Schema, t.Name), StringComparer.Ordinal).ToList();
        var views = schema.Views.OrderBy(v => Key(v.Schema, v.Name), StringComparer.Ordinal).ToList();
        var enums = schema.Enums.OrderBy(e => Key(e.Schema, e.Name), StringComparer.Ordinal).ToList();

        // Objects whose plain name collides with another's are prefixed with their schema (sales.customer → SalesCustomer).
        var names = new ScaffoldNames();
        var candidates = enums.Select(e => (e.Schema, Base: names.Pascal(e.Name)))
            .Concat(tables.Select(t => (t.Schema, Base: names.ClassName(t.Name))))
            .Concat(views.Select(v => (v.Schema, Base: names.ClassName(v.Name))))
            .ToList();
        var duplicated = candidates.GroupBy(c => c.Base, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var types = new NameScope(ReservedTypeNames);
        string TypeName(string? schemaName, string baseName) =>
            types.Take(duplicated.Contains(baseName) && schemaName is not null ? names.Pascal(schemaName) + baseName : baseName);

        var enumPlans = enums.Select(e => PlanEnum(e, TypeName(e.Schema, names.Pascal(e.Name)), names)).ToList();
        var enumNames = enumPlans.ToDictionary(e => e.Enum.QualifiedName, e => e.ClassName, StringComparer.Ordinal);
        string? EnumClass(string name) => enumNames.GetValueOrDefault(name) ?? enumPlans.FirstOrDefault(e => e.Enum.Name == name)?.ClassName;

        var entities = new List<EntityPlan>(tables.Count + views.Count);
        foreach (var table in tables)
        {
            entities.Add(PlanColumns(new EntityPlan { Schema = table.Schema, Name = table.Name, Table = table, ClassName = TypeName(table.Schema, names.ClassName(table.Name)) }, table.Columns, table.PrimaryKey, EnumClass, names));
        }

        foreach (var view in views)
        {
            entities.Add(PlanColumns(new EntityPlan { Schema = view.Schema, Name = view.Name, View = view, ClassName = TypeName(view.Schema, names.ClassName(view.Name)) }, view.Columns, null, EnumClass, names));
        }

        PlanNavigations(entities, names);
        var sequences = ExplicitSequences(schema);
        var databaseObjects = sequences.Count == 0 && schema.Domains.IsEmpty ? null : types.Take("DatabaseObjects");
        return new ScaffoldPlan(entities, enumPlans, schema, CodeFirst.ModelDialects.TryFor(schema.Dialect), sequences, databaseObjects);
    }

    // Sequences that are not exactly the one an identity or serial column gets implicitly (that one the models rebuild).
    private static List<Sequence> ExplicitSequences(DatabaseSchema schema)
    {
        var implicitSequences = schema.Tables
            .SelectMany(t => t.Columns.Select(c => CodeFirst.OwnedSequences.Implicit(t, c)))
            .OfType<Sequence>()
            .ToHashSet();
        return schema.Sequences.Where(s => !implicitSequences.Contains(s)).ToList();
    }

    private static EntityPlan PlanColumns(EntityPlan entity, IEnumerable<Column> columns, PrimaryKey? key, Func<string, string?> enumClass, ScaffoldNames names)
    {
        entity.Members.Take(entity.ClassName);
        var keyColumns = key?.Columns.ToList() ?? [];
        foreach (var column in columns.OrderBy(c => c.Ordinal))
        {
            var name = names.Pascal(column.Name);
            var keyIndex = keyColumns.IndexOf(column.Name);
            entity.Properties.Add(new PropertyPlan(
                column,
                entity.Members.Take(entity.Members.IsTaken(name) && name == entity.ClassName ? name + "Value" : name),
                ClrTypeMapper.Map(column, enumClass),
                keyColumns.Count > 1 && keyIndex >= 0 ? keyIndex : null,
                keyIndex >= 0));
        }

        return entity;
    }

    private static EnumPlan PlanEnum(EnumType type, string className, ScaffoldNames names)
    {
        var members = new NameScope(className);
        return new EnumPlan(type, className, type.Values.Select(label => members.Take(names.Pascal(label))).ToList());
    }
}
