using DataFlow.Schema;

namespace DataFlow.Diff;

/// <summary>
/// Compares two schemas object by object. Objects are matched by qualified name through dictionaries (constraints
/// without a name by their content), so the cost grows linearly with the schema size.
/// </summary>
public static partial class SchemaDiffer
{
    /// <summary>Compares <paramref name="from"/> (e.g. a snapshot) with <paramref name="to"/> (e.g. the live database).</summary>
    /// <param name="from">The schema the changes start from.</param>
    /// <param name="to">The schema the changes lead to.</param>
    /// <param name="options">Confirmed renames; null for none.</param>
    /// <returns>The changes in a deterministic order, and the objects that could not be compared.</returns>
    /// <exception cref="DataFlowConfigurationException">A confirmed rename names a table or column that does not exist (<c>DF-DIFF-002</c>).</exception>
    public static SchemaDiff Compare(DatabaseSchema from, DatabaseSchema to, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        options ??= DiffOptions.Default;
        var changes = new List<SchemaChange>();
        RenameValidator.Validate(options.Renames, from, to);
        var renames = RenameSet.Create(options.Renames);
        CompareTables(from, to, renames, changes);
        CompareViews(from.Views, to.Views, changes);
        CompareEnums(from.Enums, to.Enums, changes);
        CompareDomains(from.Domains, to.Domains, changes);
        CompareSequences(from.Sequences, to.Sequences, changes);
        changes.Sort(ChangeOrder.Instance);
        return new SchemaDiff { Changes = changes.ToEquatableArray(), NotCompared = CollectNotCompared(from, to) };
    }

    /// <summary>Indexes <paramref name="items"/> by key; a repeated key gets a <c>#2</c>, <c>#3</c>… suffix so nothing is lost.</summary>
    private static Dictionary<string, T> ByKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = key(item);
            var unique = name;
            for (var n = 2; !result.TryAdd(unique, item); n++)
            {
                unique = name + "#" + n;
            }
        }

        return result;
    }

    /// <summary>Calls <paramref name="onPair"/> for every key of either side, with the item of each side (or default).</summary>
    private static void Match<T>(Dictionary<string, T> before, Dictionary<string, T> after, Action<string, T?, T?> onPair)
    {
        foreach (var (key, old) in before)
        {
            onPair(key, old, after.TryGetValue(key, out var current) ? current : default);
        }

        foreach (var (key, current) in after)
        {
            if (!before.ContainsKey(key))
            {
                onPair(key, default, current);
            }
        }
    }

    private static void Property(
        List<SchemaChange> changes, SchemaObjectKind kind, string path, string property, string? before, string? after, bool destructive = false)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange
            {
                Kind = kind, Action = ChangeAction.Changed, Path = path, Property = property, Before = before, After = after, IsDestructive = destructive,
            });
        }
    }

    private static void Comment(List<SchemaChange> changes, string path, string? before, string? after) =>
        Property(changes, SchemaObjectKind.Comment, path, "comment", before, after);

    private static SchemaChange Added(SchemaObjectKind kind, string path, string? after) =>
        new() { Kind = kind, Action = ChangeAction.Added, Path = path, After = after };

    private static SchemaChange Removed(SchemaObjectKind kind, string path, string? before, bool destructive) =>
        new() { Kind = kind, Action = ChangeAction.Removed, Path = path, Before = before, IsDestructive = destructive };

    private static string? Text(bool value) => value ? "true" : "false";

    private static string Join(IEnumerable<string> names) => "(" + string.Join(", ", names) + ")";
}
