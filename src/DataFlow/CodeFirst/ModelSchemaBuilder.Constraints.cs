using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <content>Unique constraints and indexes, declared on the class or on a property.</content>
internal sealed partial class ModelSchemaBuilder
{
    private List<UniqueConstraint> BuildUniqueConstraints(Entity entity)
    {
        var uniques = entity.Type.Attributes.Where(a => a.Name == "Unique")
            .Select(a => (Attribute: a, Columns: a.Texts().Select(c => ColumnOf(entity, c, "Unique")).ToList()))
            .Concat(entity.Type.Properties.SelectMany(p => p.Attributes.Where(a => a.Name == "Unique").Select(a =>
                (Attribute: a, Columns: a.Texts() is { Count: > 0 } named ? named.Select(c => ColumnOf(entity, c, "Unique")).ToList() : [ColumnOf(entity, p.Name, "Unique")]))));
        return uniques.Select(u => new UniqueConstraint
        {
            Name = u.Attribute.NamedText("Name") ?? _dialect.ConventionalName(ConstraintKind.Unique, entity.Name, u.Columns),
            Columns = u.Columns.ToEquatableArray(),
            NullsNotDistinct = u.Attribute.Flag("NullsNotDistinct"),
            IsDeferrable = u.Attribute.Flag("IsDeferrable"),
            IsInitiallyDeferred = u.Attribute.Flag("IsInitiallyDeferred"),
        }).ToList();
    }

    private List<TableIndex> BuildIndexes(Entity entity)
    {
        var declared = entity.Type.Attributes.Where(a => a.Name == "Index").Select(a => (Attribute: a, Keys: a.Texts()))
            .Concat(entity.Type.Properties.SelectMany(p => p.Attributes.Where(a => a.Name == "Index").Select(a =>
                (Attribute: a, Keys: a.Texts() is { Count: > 0 } keys ? keys : (IReadOnlyList<string>)[p.Name]))));
        var indexes = new List<TableIndex>();
        foreach (var (attribute, texts) in declared)
        {
            var keys = texts.Select(k => IndexKeyText.Parse(k, text => LeadingColumn(entity, text))
                                         ?? throw DataFlowErrors.UnknownModelMember(entity.Type.Name, "Index", k)).ToList();
            var keyNames = keys.Select(k => k.Column ?? "expr").ToList();
            indexes.Add(new TableIndex
            {
                Name = attribute.NamedText("Name") ?? _dialect.ConventionalName(ConstraintKind.Index, entity.Name, keyNames)!,
                Keys = keys.ToEquatableArray(),
                IsUnique = attribute.Flag("IsUnique"),
                Method = attribute.NamedText("Method"),
                Predicate = attribute.NamedText("Filter"),
                IncludedColumns = (attribute.NamedTexts("Include") ?? []).Select(c => ColumnOf(entity, c, "Index")).ToEquatableArray(),
                NullsNotDistinct = attribute.Flag("NullsNotDistinct"),
            });
        }

        return indexes;
    }

    /// <summary>The longest property or column name <paramref name="text"/> starts with (followed by its end or a space).</summary>
    private static (string Column, int Length)? LeadingColumn(Entity entity, string text)
    {
        (string Column, int Length)? best = null;
        foreach (var (property, column) in entity.ColumnsByProperty)
        {
            foreach (var name in (ReadOnlySpan<string>)[column, property])
            {
                if ((text.Length == name.Length || (text.Length > name.Length && text[name.Length] == ' ')) &&
                    text.StartsWith(name, StringComparison.Ordinal) && (best is null || name.Length > best.Value.Length))
                {
                    best = (column, name.Length);
                }
            }
        }

        return best;
    }
}
