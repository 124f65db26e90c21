using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>Tables: added, removed, renamed (confirmed or probable), and the contents of matched tables.</content>
public static partial class SchemaDiffer
{
    private static void CompareTables(DatabaseSchema from, DatabaseSchema to, RenameSet renames, List<SchemaChange> changes)
    {
        var before = ByKey(from.Tables, t => t.QualifiedName);
        var after = ByKey(to.Tables, t => t.QualifiedName);
        var renamedTargets = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<Table>();
        foreach (var (key, old) in before)
        {
            if (after.TryGetValue(key, out var current))
            {
                CompareTable(old, current, renames, changes);
            }
            else if (FindRenameTarget(old, after, renames) is { } target && !before.ContainsKey(target.QualifiedName))
            {
                renamedTargets.Add(target.QualifiedName);
                changes.Add(new SchemaChange
                {
                    Kind = SchemaObjectKind.Table, Action = ChangeAction.Renamed, Path = target.QualifiedName, Before = old.QualifiedName, After = target.QualifiedName,
                });
                CompareTable(old, target, renames, changes);
            }
            else
            {
                removed.Add(old);
            }
        }

        var added = new List<Table>();
        foreach (var (key, current) in after)
        {
            if (!before.ContainsKey(key) && !renamedTargets.Contains(key))
            {
                added.Add(current);
            }
        }

        PairTables(removed, added, changes);
    }

    private static Table? FindRenameTarget(Table old, Dictionary<string, Table> after, RenameSet renames)
    {
        var target = renames.NewPathOf(old.QualifiedName) ?? renames.NewPathOf(old.Name);
        if (target is null)
        {
            return null;
        }

        return after.GetValueOrDefault(target) ?? (old.Schema is null ? null : after.GetValueOrDefault(SchemaObjectName.Qualify(old.Schema, target)));
    }

    /// <summary>A removed and an added table with the same columns (names and types) are a probable rename.</summary>
    private static void PairTables(List<Table> removed, List<Table> added, List<SchemaChange> changes)
    {
        var candidates = new Dictionary<string, Queue<Table>>(StringComparer.Ordinal);
        foreach (var table in added)
        {
            var signature = ColumnSignature(table);
            if (!candidates.TryGetValue(signature, out var queue))
            {
                candidates[signature] = queue = new Queue<Table>();
            }

            queue.Enqueue(table);
        }

        foreach (var table in removed)
        {
            if (candidates.TryGetValue(ColumnSignature(table), out var queue) && queue.TryDequeue(out var target))
            {
                changes.Add(ProbableRename(SchemaObjectKind.Table, table.QualifiedName, target.QualifiedName));
                continue;
            }

            changes.Add(Removed(SchemaObjectKind.Table, table.QualifiedName, Join(table.Columns.Select(c => c.Name)), destructive: true));
        }

        foreach (var queue in candidates.Values)
        {
            foreach (var table in queue)
            {
                changes.Add(Added(SchemaObjectKind.Table, table.QualifiedName, Join(table.Columns.Select(c => c.Name))));
            }
        }
    }

    private static string ColumnSignature(Table table) =>
        string.Join('\u001f', table.Columns.Select(c => c.Name + ":" + c.RawType).Order(StringComparer.Ordinal));

    private static SchemaChange ProbableRename(SchemaObjectKind kind, string fromPath, string toPath) => new()
    {
        Kind = kind,
        Action = ChangeAction.ProbableRename,
        Path = fromPath,
        Before = fromPath,
        After = toPath,
        IsDestructive = true,
        Hint = $"if this is a rename, confirm it with --rename {fromPath}={toPath}; otherwise it is a drop and an add",
    };

    private static void CompareTable(Table old, Table current, RenameSet renames, List<SchemaChange> changes)
    {
        if (old.Equals(current))
        {
            return;
        }

        var path = current.QualifiedName;
        CompareColumns(old, current, renames, changes);
        ComparePrimaryKeys(path, old.PrimaryKey, current.PrimaryKey, changes);
        CompareForeignKeys(path, old.ForeignKeys, current.ForeignKeys, changes);
        CompareUniqueConstraints(path, old.UniqueConstraints, current.UniqueConstraints, changes);
        CompareChecks(path, old.CheckConstraints, current.CheckConstraints, changes);
        CompareIndexes(path, old.Indexes, current.Indexes, changes);
        Comment(changes, path, old.Comment, current.Comment);
        Property(changes, SchemaObjectKind.Table, path, "options", Annotations(old), Annotations(current));
    }

    private static string? Annotations(Table table) =>
        table.Annotations.IsEmpty ? null : string.Join(", ", table.Annotations.Select(a => a.Name + "=" + a.Value).Order(StringComparer.Ordinal));
}
