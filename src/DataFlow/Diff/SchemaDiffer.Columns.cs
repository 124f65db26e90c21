using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>Columns: added, removed, renamed (confirmed or probable) and changed property by property.</content>
public static partial class SchemaDiffer
{
    private static void CompareColumns(Table oldTable, Table table, RenameSet renames, List<SchemaChange> changes)
    {
        var path = table.QualifiedName;
        var before = ByKey(oldTable.Columns, c => c.Name);
        var after = ByKey(table.Columns, c => c.Name);
        var renamedTargets = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<Column>();
        foreach (var (name, old) in before)
        {
            if (after.TryGetValue(name, out var current))
            {
                CompareColumn(path + "." + name, old, current, changes);
            }
            else if (ConfirmedColumnTarget(oldTable, name, renames) is { } targetName &&
                     !before.ContainsKey(targetName) && after.TryGetValue(targetName, out var target))
            {
                renamedTargets.Add(targetName);
                changes.Add(new SchemaChange
                {
                    Kind = SchemaObjectKind.Column, Action = ChangeAction.Renamed, Path = path + "." + targetName, Before = name, After = targetName,
                });
                CompareColumn(path + "." + targetName, old, target, changes);
            }
            else
            {
                removed.Add(old);
            }
        }

        var added = after.Values.Where(c => !before.ContainsKey(c.Name) && !renamedTargets.Contains(c.Name)).ToList();
        PairColumns(oldTable.QualifiedName, path, removed, added, changes);
    }

    private static string? ConfirmedColumnTarget(Table oldTable, string column, RenameSet renames)
    {
        var target = renames.NewPathOf(oldTable.QualifiedName + "." + column) ?? renames.NewPathOf(oldTable.Name + "." + column);
        return target is null ? null : target[(target.LastIndexOf('.') + 1)..];
    }

    /// <summary>
    /// Within one table, a removed and an added column of the same type are a probable rename. The hint names the
    /// column by its "from" table path, which differs from <paramref name="path"/> when the table was renamed too.
    /// </summary>
    private static void PairColumns(string fromPath, string path, List<Column> removed, List<Column> added, List<SchemaChange> changes)
    {
        var candidates = new Dictionary<string, Queue<Column>>(StringComparer.Ordinal);
        foreach (var column in added)
        {
            var key = TypeText(column);
            if (!candidates.TryGetValue(key, out var queue))
            {
                candidates[key] = queue = new Queue<Column>();
            }

            queue.Enqueue(column);
        }

        foreach (var column in removed)
        {
            if (candidates.TryGetValue(TypeText(column), out var queue) && queue.TryDequeue(out var target))
            {
                changes.Add(ProbableRename(SchemaObjectKind.Column, fromPath + "." + column.Name, path + "." + target.Name));
                continue;
            }

            changes.Add(Removed(SchemaObjectKind.Column, path + "." + column.Name, TypeText(column), destructive: true));
        }

        foreach (var column in candidates.Values.SelectMany(q => q))
        {
            changes.Add(Added(SchemaObjectKind.Column, path + "." + column.Name, TypeText(column) + (column.IsNullable ? "" : " not null")));
        }
    }

    private static void CompareColumn(string path, Column old, Column current, List<SchemaChange> changes)
    {
        if (old.RawType != current.RawType || old.Type != current.Type)
        {
            Property(changes, SchemaObjectKind.Column, path, "type", TypeText(old), TypeText(current), TypeRules.IsNarrowing(old.Type, current.Type));
        }

        Property(changes, SchemaObjectKind.Column, path, "nullable", Text(old.IsNullable), Text(current.IsNullable), destructive: old.IsNullable && !current.IsNullable);
        Property(changes, SchemaObjectKind.Column, path, "default", old.Default, current.Default);
        Property(changes, SchemaObjectKind.Column, path, "identity", Identity(old.Identity), Identity(current.Identity));
        Property(changes, SchemaObjectKind.Column, path, "generated", Generated(old), Generated(current), destructive: current.Generated != GeneratedKind.None);
        Property(changes, SchemaObjectKind.Column, path, "collation", old.Collation, current.Collation);
        Comment(changes, path, old.Comment, current.Comment);
    }

    private static string TypeText(Column column) => column.RawType + " [" + column.Type + "]";

    private static string? Identity(IdentityKind kind) => kind == IdentityKind.None ? null : kind.ToString();

    private static string? Generated(Column column) =>
        column.Generated == GeneratedKind.None ? null : column.Generated.ToString().ToLowerInvariant() + " as " + column.GeneratedExpression;
}
