using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>Views and materialized views: definition (whitespace-insensitive), columns, indexes, comment.</content>
public static partial class SchemaDiffer
{
    private static void CompareViews(EquatableArray<View> old, EquatableArray<View> current, List<SchemaChange> changes) =>
        Match(ByKey(old, v => v.QualifiedName), ByKey(current, v => v.QualifiedName), (path, before, after) =>
        {
            if (before is null)
            {
                changes.Add(Added(ViewKind(after!), path, Join(after!.Columns.Select(c => c.Name))));
            }
            else if (after is null)
            {
                changes.Add(Removed(ViewKind(before), path, Join(before.Columns.Select(c => c.Name)), destructive: false));
            }
            else
            {
                CompareView(path, before, after, changes);
            }
        });

    private static void CompareView(string path, View old, View current, List<SchemaChange> changes)
    {
        var kind = ViewKind(current);
        Property(changes, kind, path, "materialized", Text(old.IsMaterialized), Text(current.IsMaterialized));
        Property(changes, kind, path, "definition", NormalizeSql(old.Definition), NormalizeSql(current.Definition));
        Property(changes, kind, path, "columns", ViewColumns(old), ViewColumns(current));
        CompareIndexes(path, old.Indexes, current.Indexes, changes);
        Comment(changes, path, old.Comment, current.Comment);
    }

    private static SchemaObjectKind ViewKind(View view) => view.IsMaterialized ? SchemaObjectKind.MaterializedView : SchemaObjectKind.View;

    private static string ViewColumns(View view) => Join(view.Columns.Select(c => string.IsNullOrEmpty(c.RawType) ? c.Name : c.Name + " " + c.RawType));

    /// <summary>Collapses runs of whitespace and trims a trailing semicolon, so reformatting alone is no change.</summary>
    private static string NormalizeSql(string sql) =>
        string.Join(' ', sql.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(';', ' ');
}
