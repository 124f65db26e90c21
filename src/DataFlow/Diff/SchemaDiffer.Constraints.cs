using DataFlow.Schema;

namespace DataFlow.Diff;

/// <content>
/// Primary keys, foreign keys, unique and check constraints. Named constraints match by name; unnamed ones (SQLite)
/// by their content, so an unchanged unnamed constraint never shows up as a drop and an add.
/// </content>
public static partial class SchemaDiffer
{
    private static void ComparePrimaryKeys(string table, PrimaryKey? old, PrimaryKey? current, List<SchemaChange> changes)
    {
        var path = table + "." + (current?.Name ?? old?.Name ?? "PRIMARY KEY");
        if (old is null && current is not null)
        {
            changes.Add(Added(SchemaObjectKind.PrimaryKey, path, Join(current.Columns)));
        }
        else if (old is not null && current is null)
        {
            changes.Add(Removed(SchemaObjectKind.PrimaryKey, path, Join(old.Columns), destructive: false));
        }
        else if (old is not null && current is not null)
        {
            Property(changes, SchemaObjectKind.PrimaryKey, path, "columns", Join(old.Columns), Join(current.Columns));
            Property(changes, SchemaObjectKind.PrimaryKey, path, "name", old.Name, current.Name);
        }
    }

    private static void CompareForeignKeys(string table, EquatableArray<ForeignKey> old, EquatableArray<ForeignKey> current, List<SchemaChange> changes) =>
        Match(ByKey(old, ForeignKeyKey), ByKey(current, ForeignKeyKey), (key, before, after) =>
            Constraint(changes, SchemaObjectKind.ForeignKey, table + "." + key, before, after, ForeignKeyText));

    private static void CompareUniqueConstraints(
        string table, EquatableArray<UniqueConstraint> old, EquatableArray<UniqueConstraint> current, List<SchemaChange> changes) =>
        Match(ByKey(old, u => u.Name ?? "UNIQUE " + Join(u.Columns)), ByKey(current, u => u.Name ?? "UNIQUE " + Join(u.Columns)), (key, before, after) =>
            Constraint(changes, SchemaObjectKind.UniqueConstraint, table + "." + key, before, after, UniqueText));

    private static void CompareChecks(string table, EquatableArray<CheckConstraint> old, EquatableArray<CheckConstraint> current, List<SchemaChange> changes) =>
        Match(ByKey(old, c => c.Name ?? "CHECK " + c.Expression), ByKey(current, c => c.Name ?? "CHECK " + c.Expression), (key, before, after) =>
            Constraint(changes, SchemaObjectKind.CheckConstraint, table + "." + key, before, after, CheckText));

    /// <summary>Reports one matched pair of constraint texts: added, removed or changed as a whole.</summary>
    private static void Constraint(List<SchemaChange> changes, SchemaObjectKind kind, string path, string? before, string? after)
    {
        if (before is null && after is null)
        {
            return;
        }

        if (before is null)
        {
            changes.Add(Added(kind, path, after));
        }
        else if (after is null)
        {
            changes.Add(Removed(kind, path, before, destructive: false));
        }
        else
        {
            Property(changes, kind, path, "definition", before, after);
        }
    }

    /// <summary>Reports one matched pair of constraint records; equal records are skipped before any text is built.</summary>
    private static void Constraint<T>(List<SchemaChange> changes, SchemaObjectKind kind, string path, T? before, T? after, Func<T, string> text)
        where T : class
    {
        if (before is null || !before.Equals(after))
        {
            Constraint(changes, kind, path, before is null ? null : text(before), after is null ? null : text(after));
        }
    }

    private static string ForeignKeyKey(ForeignKey key) =>
        key.Name ?? "FOREIGN KEY " + Join(key.Columns) + " → " + SchemaObjectName.Qualify(key.PrincipalSchema, key.PrincipalTable) + " " + Join(key.PrincipalColumns);

    private static string ForeignKeyText(ForeignKey key)
    {
        var text = Join(key.Columns) + " → " + SchemaObjectName.Qualify(key.PrincipalSchema, key.PrincipalTable) + " " + Join(key.PrincipalColumns) +
                   " on delete " + key.OnDelete + " on update " + key.OnUpdate;
        if (key.MatchType is { } match)
        {
            text += " match " + match;
        }

        return text + Deferral(key.IsDeferrable, key.IsInitiallyDeferred);
    }

    private static string UniqueText(UniqueConstraint unique) =>
        Join(unique.Columns) + (unique.NullsNotDistinct ? " nulls not distinct" : "") + Deferral(unique.IsDeferrable, unique.IsInitiallyDeferred);

    private static string CheckText(CheckConstraint check) => check.Expression + (check.IsNotValid ? " not valid" : "");

    private static string Deferral(bool deferrable, bool initiallyDeferred) =>
        deferrable ? (initiallyDeferred ? " deferrable initially deferred" : " deferrable") : "";
}
