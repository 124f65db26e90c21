using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>Enums (values added, removed, reordered), domains and sequences.</content>
public static partial class SchemaDiffer
{
    private static void CompareEnums(EquatableArray<EnumType> old, EquatableArray<EnumType> current, List<SchemaChange> changes) =>
        Match(ByKey(old, e => e.QualifiedName), ByKey(current, e => e.QualifiedName), (path, before, after) =>
        {
            if (before is null || after is null)
            {
                AddedOrRemoved(changes, SchemaObjectKind.Enum, path, before?.Values, after?.Values);
                return;
            }

            var oldValues = before.Values.ToHashSet(StringComparer.Ordinal);
            var newValues = after.Values.ToHashSet(StringComparer.Ordinal);
            var removed = before.Values.Where(v => !newValues.Contains(v)).ToList();
            var added = after.Values.Where(v => !oldValues.Contains(v)).ToList();
            Property(changes, SchemaObjectKind.Enum, path, "values removed", removed.Count == 0 ? null : Join(removed), null, destructive: true);
            Property(changes, SchemaObjectKind.Enum, path, "values added", null, added.Count == 0 ? null : Join(added));
            Property(changes, SchemaObjectKind.Enum, path, "value order",
                Join(before.Values.Where(newValues.Contains)), Join(after.Values.Where(oldValues.Contains)));
            Comment(changes, path, before.Comment, after.Comment);
        });

    private static void CompareDomains(EquatableArray<DomainType> old, EquatableArray<DomainType> current, List<SchemaChange> changes) =>
        Match(ByKey(old, d => d.QualifiedName), ByKey(current, d => d.QualifiedName), (path, before, after) =>
        {
            if (before is null || after is null)
            {
                AddedOrRemoved(changes, SchemaObjectKind.Domain, path, before is null ? null : [before.RawBaseType], after is null ? null : [after.RawBaseType]);
                return;
            }

            Property(changes, SchemaObjectKind.Domain, path, "type", before.RawBaseType + " [" + before.BaseType + "]",
                after.RawBaseType + " [" + after.BaseType + "]", TypeRules.IsNarrowing(before.BaseType, after.BaseType));
            Property(changes, SchemaObjectKind.Domain, path, "not null", Text(before.IsNotNull), Text(after.IsNotNull), destructive: after.IsNotNull);
            Property(changes, SchemaObjectKind.Domain, path, "default", before.Default, after.Default);
            Property(changes, SchemaObjectKind.Domain, path, "collation", before.Collation, after.Collation);
            Property(changes, SchemaObjectKind.Domain, path, "checks", Checks(before.CheckConstraints), Checks(after.CheckConstraints));
            Comment(changes, path, before.Comment, after.Comment);
        });

    private static void CompareSequences(EquatableArray<Sequence> old, EquatableArray<Sequence> current, List<SchemaChange> changes) =>
        Match(ByKey(old, s => s.QualifiedName), ByKey(current, s => s.QualifiedName), (path, before, after) =>
        {
            if (before is null || after is null)
            {
                AddedOrRemoved(changes, SchemaObjectKind.Sequence, path, before is null ? null : [before.DataType], after is null ? null : [after.DataType]);
                return;
            }

            Property(changes, SchemaObjectKind.Sequence, path, "type", before.DataType, after.DataType);
            Property(changes, SchemaObjectKind.Sequence, path, "definition", SequenceText(before), SequenceText(after));
            Property(changes, SchemaObjectKind.Sequence, path, "owned by", before.OwnedBy, after.OwnedBy);
        });

    private static void AddedOrRemoved(List<SchemaChange> changes, SchemaObjectKind kind, string path, IEnumerable<string>? before, IEnumerable<string>? after)
    {
        if (before is null)
        {
            changes.Add(Added(kind, path, Join(after!)));
        }
        else
        {
            changes.Add(Removed(kind, path, Join(before), destructive: true));
        }
    }

    private static string? Checks(EquatableArray<CheckConstraint> checks) =>
        checks.IsEmpty ? null : string.Join("; ", checks.Select(c => (c.Name is null ? "" : c.Name + ": ") + CheckText(c)).Order(StringComparer.Ordinal));

    private static string SequenceText(Sequence s) =>
        $"start {s.StartValue} increment {s.Increment} min {s.MinValue} max {s.MaxValue} cache {s.CacheSize}{(s.IsCyclic ? " cycle" : "")}";
}
