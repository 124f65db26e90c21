using DataFlow.CodeFirst.Reading;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <content>Primary keys (<c>[PrimaryKey]</c>, <c>[Key]</c>, <c>Id</c>) and foreign keys (<c>[References]</c>, navigations).</content>
internal sealed partial class ModelSchemaBuilder
{
    private PrimaryKey? BuildPrimaryKey(Entity entity)
    {
        var type = entity.Type;
        if (type.Attribute("Keyless") is not null)
        {
            return null;
        }

        var attribute = type.Attribute("PrimaryKey");
        var columns = attribute?.Texts() is { Count: > 0 } named
            ? named.Select(n => ColumnOf(entity, n, "PrimaryKey")).ToList()
            : type.Properties
                .Where(p => entity.ColumnsByProperty.ContainsKey(p.Name) && Attribute(p, "Key") is not null)
                .Select((p, i) => (Column: entity.ColumnsByProperty[p.Name], Order: Attribute(p, "Column")?.NamedNumber("Order") ?? long.MaxValue, Index: i))
                .OrderBy(k => k.Order).ThenBy(k => k.Index)
                .Select(k => k.Column)
                .ToList();
        if (columns.Count == 0 && entity.ColumnsByProperty.TryGetValue("Id", out var id))
        {
            columns.Add(id);
        }

        if (columns.Count == 0)
        {
            return null;
        }

        return new PrimaryKey
        {
            Name = attribute?.NamedText("Name") ?? _dialect.ConventionalName(ConstraintKind.PrimaryKey, entity.Name, columns),
            Columns = columns.ToEquatableArray(),
        };
    }

    private List<ForeignKey> BuildForeignKeys(Entity entity)
    {
        var keys = new List<ForeignKey>();
        var where = entity.Type.Name;
        foreach (var attribute in entity.Type.Attributes.Where(a => a.Name == "References"))
        {
            keys.Add(ForeignKeyFrom(entity, attribute, attribute.Texts(1).Select(c => ColumnOf(entity, c, "References")).ToList(), where));
        }

        foreach (var property in entity.Type.Properties)
        {
            foreach (var attribute in property.Attributes.Where(a => a.Name == "References"))
            {
                var columns = attribute.Texts(1) is { Count: > 0 } named
                    ? named.Select(c => ColumnOf(entity, c, "References")).ToList()
                    : [ColumnOf(entity, property.Name, "References")];
                keys.Add(ForeignKeyFrom(entity, attribute, columns, where + "." + property.Name));
            }
        }

        keys.AddRange(NavigationForeignKeys(entity, keys));
        return keys;
    }

    private ForeignKey ForeignKeyFrom(Entity entity, ModelAttributeData attribute, List<string> columns, string where)
    {
        var principalName = attribute.Text(0) ?? "";
        var principalSchema = _dialect.DefaultSchema is null ? null : attribute.NamedText("PrincipalSchema") ?? entity.Schema;
        var principal = _entities.Values.FirstOrDefault(e => e.Name == principalName && e.Schema == principalSchema);
        var principalColumns = attribute.NamedTexts("PrincipalColumns")?.ToList()
                               ?? principal?.PrimaryKey?.Columns.ToList()
                               ?? throw DataFlowErrors.UnknownPrincipal(where, SchemaObjectName.Qualify(principalSchema, principalName));
        return new ForeignKey
        {
            Name = attribute.NamedText("Name") ?? _dialect.ConventionalName(ConstraintKind.ForeignKey, entity.Name, columns),
            Columns = columns.ToEquatableArray(),
            PrincipalSchema = principalSchema,
            PrincipalTable = principalName,
            PrincipalColumns = principalColumns.ToEquatableArray(),
            OnDelete = Action(attribute, "OnDelete", where),
            OnUpdate = Action(attribute, "OnUpdate", where),
            IsDeferrable = attribute.Flag("IsDeferrable"),
            IsInitiallyDeferred = attribute.Flag("IsInitiallyDeferred"),
            MatchType = attribute.NamedText("MatchType"),
        };
    }

    /// <summary>
    /// A reference navigation to another model (<c>public Customer Customer { get; set; }</c>) gives a foreign key on
    /// <c>[ForeignKey("...")]</c>'s properties, or on <c>CustomerId</c>, unless a <c>[References]</c> already points at that table.
    /// </summary>
    private IEnumerable<ForeignKey> NavigationForeignKeys(Entity entity, List<ForeignKey> declared)
    {
        foreach (var navigation in entity.Type.Properties.Where(p => Attribute(p, "NotMapped") is null && _entities.ContainsKey(p.TypeName)))
        {
            var principal = _entities[navigation.TypeName];
            if (principal.PrimaryKey is not { } principalKey ||
                declared.Any(k => k.PrincipalTable == principal.Name && k.PrincipalSchema == principal.Schema))
            {
                continue;
            }

            var names = Attribute(navigation, "ForeignKey")?.Text(0)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        ?? entity.Type.Properties.Where(p => Attribute(p, "ForeignKey")?.Text(0) == navigation.Name).Select(p => p.Name).ToArray();
            if (names.Length == 0 && entity.ColumnsByProperty.ContainsKey(navigation.Name + "Id"))
            {
                names = [navigation.Name + "Id"];
            }

            if (names.Length == 0)
            {
                continue;
            }

            var columns = names.Select(n => ColumnOf(entity, n, "ForeignKey")).ToList();
            yield return new ForeignKey
            {
                Name = _dialect.ConventionalName(ConstraintKind.ForeignKey, entity.Name, columns),
                Columns = columns.ToEquatableArray(),
                PrincipalSchema = principal.Schema,
                PrincipalTable = principal.Name,
                PrincipalColumns = principalKey.Columns,
            };
        }
    }

    private static ReferentialAction Action(ModelAttributeData attribute, string name, string where)
    {
        if (attribute.NamedText(name) is not { } text)
        {
            return ReferentialAction.NoAction;
        }

        return ModelAttributeValues.ParseAction(text) ?? throw DataFlowErrors.InvalidModelAttribute(where, "References", text, ModelAttributeValues.ActionNames);
    }

    /// <summary>The column a property name or column name in an attribute refers to.</summary>
    private static string ColumnOf(Entity entity, string name, string attribute)
    {
        if (entity.ColumnsByProperty.TryGetValue(name, out var column))
        {
            return column;
        }

        return entity.ColumnsByProperty.ContainsValue(name) ? name : throw DataFlowErrors.UnknownModelMember(entity.Type.Name, attribute, name);
    }
}
