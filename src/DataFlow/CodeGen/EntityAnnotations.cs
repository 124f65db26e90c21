using System.Globalization;
using DataFlow.CodeFirst;
using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>
/// The DataFlow attributes that let a scaffolded class rebuild its table exactly (docs/code-first-models.md): keys,
/// foreign keys, unique and check constraints, indexes, defaults, identity, computed columns, comments. Names the
/// database would choose anyway are left out.
/// </summary>
internal static class EntityAnnotations
{
    /// <summary>Writes the class-level attributes of <paramref name="entity"/> (after <c>[Table]</c>).</summary>
    public static void WriteClass(CSharpWriter writer, EntityPlan entity, ScaffoldPlan plan)
    {
        var dialect = plan.Dialect;
        if (entity.View is { } view)
        {
            writer.Line($"[View({Literal(view.Definition)}{(view.IsMaterialized ? ", IsMaterialized = true" : "")})]");
        }

        if (entity.Comment is { } comment)
        {
            writer.Line($"[Comment({Literal(comment)})]");
        }

        foreach (var index in entity.Table?.Indexes ?? entity.View?.Indexes ?? [])
        {
            writer.Line("[Index(" + Join(index.Keys.Select(k => IndexKeyText.Format(k)).Select(Literal)
                .Append(Named("Name", Literal(index.Name), Differs(dialect, ConstraintKind.Index, entity.Name, index.Keys.Select(k => k.Column ?? "expr"), index.Name)))
                .Append(Named("IsUnique", "true", index.IsUnique))
                .Append(Named("Method", Literal(index.Method), index.Method is not null))
                .Append(Named("Filter", Literal(index.Predicate), index.Predicate is not null))
                .Append(Named("Include", Array(index.IncludedColumns), !index.IncludedColumns.IsEmpty))
                .Append(Named("NullsNotDistinct", "true", index.NullsNotDistinct))) + ")]");
        }

        if (entity.Table is not { } table)
        {
            return;
        }

        if (table.PrimaryKey is null)
        {
            writer.Line("[Keyless]");
        }
        else if (Differs(dialect, ConstraintKind.PrimaryKey, table.Name, table.PrimaryKey.Columns, table.PrimaryKey.Name))
        {
            writer.Line($"[PrimaryKey(Name = {Literal(table.PrimaryKey.Name)})]");
        }

        foreach (var key in table.ForeignKeys)
        {
            WriteForeignKey(writer, table, key, dialect, plan);
        }

        foreach (var unique in table.UniqueConstraints)
        {
            writer.Line("[Unique(" + Join(unique.Columns.Select(Literal)
                .Append(Named("Name", Literal(unique.Name), Differs(dialect, ConstraintKind.Unique, table.Name, unique.Columns, unique.Name)))
                .Append(Named("NullsNotDistinct", "true", unique.NullsNotDistinct))
                .Append(Named("IsDeferrable", "true", unique.IsDeferrable))
                .Append(Named("IsInitiallyDeferred", "true", unique.IsInitiallyDeferred))) + ")]");
        }

        foreach (var check in table.CheckConstraints)
        {
            writer.Line("[Check(" + Join([Literal(check.Expression), Named("Name", Literal(check.Name), check.Name is not null), Named("IsNotValid", "true", check.IsNotValid)]) + ")]");
        }

        foreach (var annotation in table.Annotations)
        {
            writer.Line($"[TableOption({Literal(annotation.Name)}, {Literal(annotation.Value)})]");
        }
    }

    /// <summary>Writes the column attributes beyond <c>[Key]</c>, <c>[Column]</c> and <c>[MaxLength]</c>.</summary>
    public static void WriteProperty(CSharpWriter writer, PropertyPlan property, bool isSingleIntegerKey)
    {
        var column = property.Column;
        if (property.Type.IsUnknown)
        {
            writer.Line("[UnmappedType]");
        }

        if (column.Type is { Kind: LogicalTypeKind.Decimal, Precision: { } precision })
        {
            writer.Line($"[Precision({Number(precision)}{(column.Type.Scale is { } scale ? ", " + Number(scale) : "")})]");
        }

        if (column.Generated != GeneratedKind.None)
        {
            writer.Line($"[Computed({Literal(column.GeneratedExpression ?? "")}{(column.Generated == GeneratedKind.Virtual ? ", IsStored = false" : "")})]");
        }
        else if (column.Identity != IdentityKind.None)
        {
            writer.Line($"[Identity({Literal(ModelAttributeValues.Format(column.Identity))})]");
        }
        else if (isSingleIntegerKey)
        {
            writer.Line("[DatabaseGenerated(DatabaseGeneratedOption.None)]");
        }

        if (column.Default is { } defaultSql)
        {
            writer.Line($"[DefaultValueSql({Literal(defaultSql)})]");
        }

        if (column.Collation is { } collation)
        {
            writer.Line($"[Collation({Literal(collation)})]");
        }

        if (column.Comment is { } comment)
        {
            writer.Line($"[Comment({Literal(comment)})]");
        }
    }

    private static void WriteForeignKey(CSharpWriter writer, Table table, ForeignKey key, IModelDialect? dialect, ScaffoldPlan plan)
    {
        var principal = plan.FindTable(SchemaObjectName.Qualify(key.PrincipalSchema, key.PrincipalTable));
        var principalKeyMatches = principal?.PrimaryKey is { } principalKey && principalKey.Columns.SequenceEqual(key.PrincipalColumns);
        writer.Line("[References(" + Join(key.Columns.Select(Literal).Prepend(Literal(key.PrincipalTable))
            .Append(Named("PrincipalSchema", Literal(key.PrincipalSchema), key.PrincipalSchema != table.Schema))
            .Append(Named("PrincipalColumns", Array(key.PrincipalColumns), !principalKeyMatches))
            .Append(Named("Name", Literal(key.Name), Differs(dialect, ConstraintKind.ForeignKey, table.Name, key.Columns, key.Name)))
            .Append(Named("OnDelete", Literal(ModelAttributeValues.Format(key.OnDelete)), key.OnDelete != ReferentialAction.NoAction))
            .Append(Named("OnUpdate", Literal(ModelAttributeValues.Format(key.OnUpdate)), key.OnUpdate != ReferentialAction.NoAction))
            .Append(Named("IsDeferrable", "true", key.IsDeferrable))
            .Append(Named("IsInitiallyDeferred", "true", key.IsInitiallyDeferred))
            .Append(Named("MatchType", Literal(key.MatchType), key.MatchType is not null))) + ")]");
    }

    // Whether a name must be written: there is one, and it is not the one the dialect would choose for these columns.
    private static bool Differs(IModelDialect? dialect, ConstraintKind kind, string table, IEnumerable<string> columns, string? name) =>
        name is not null && name != dialect?.ConventionalName(kind, table, columns.ToList());

    private static string? Named(string name, string value, bool include) => include ? name + " = " + value : null;

    private static string Join(IEnumerable<string?> parts) => string.Join(", ", parts.OfType<string>());

    private static string Array(IEnumerable<string> items) => "new[] { " + string.Join(", ", items.Select(Literal)) + " }";

    private static string Literal(string? value) => value is null ? "null" : CSharpSyntax.Literal(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
