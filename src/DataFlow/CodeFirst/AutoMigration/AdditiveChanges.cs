using DataFlow.Diff;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// Splits the diff of the live tables against the models into what auto-migration applies (new tables, enums and
/// sequences, new columns, new indexes) and what it only reports (everything else).
/// </summary>
internal sealed record AdditiveChanges(IReadOnlyList<SchemaChange> Apply, IReadOnlyList<SchemaChange> Pending, IReadOnlyList<(Table Table, Column Column)> RequiredColumns)
{
    /// <summary>Classifies <paramref name="diff"/> (from the live schema to <paramref name="models"/>).</summary>
    public static AdditiveChanges Split(SchemaDiff diff, DatabaseSchema models)
    {
        var apply = new List<SchemaChange>();
        var pending = new List<SchemaChange>();
        var required = new List<(Table, Column)>();
        foreach (var change in diff.Changes)
        {
            if (change.Action != ChangeAction.Added)
            {
                if (!(change.Action == ChangeAction.Removed && change.Kind is SchemaObjectKind.Column or SchemaObjectKind.Index or SchemaObjectKind.Comment))
                {
                    pending.Add(change);
                }

                continue;
            }

            switch (change.Kind)
            {
                case SchemaObjectKind.Table or SchemaObjectKind.Enum or SchemaObjectKind.Sequence or SchemaObjectKind.Domain or SchemaObjectKind.Index:
                    apply.Add(change);
                    break;
                case SchemaObjectKind.Column:
                    apply.Add(change);
                    if (FindColumn(models, change.Path) is { } found && !found.Column.IsNullable && found.Column.Default is null &&
                        found.Column.Identity == IdentityKind.None && found.Column.Generated == GeneratedKind.None)
                    {
                        required.Add(found);
                    }

                    break;
                default:
                    pending.Add(change);
                    break;
            }
        }

        return new AdditiveChanges(apply, pending, required);
    }

    /// <summary>A pending change as the user sees it.</summary>
    public static PendingModelChange Describe(SchemaChange change, string command)
    {
        var what = change.Action switch
        {
            ChangeAction.Changed => $"{change.Property}: {change.Before ?? "none"} → {change.After ?? "none"}",
            ChangeAction.ProbableRename => $"probable rename {change.Before} → {change.After} (never applied automatically)",
            _ => change.Action.ToString().ToLowerInvariant() + " " + change.Kind.ToString().ToLowerInvariant(),
        };
        return new PendingModelChange(change.Path, what, change.IsDestructive ? RiskLevel.High : RiskLevel.Medium, command);
    }

    private static (Table Table, Column Column)? FindColumn(DatabaseSchema schema, string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > 0 && schema.FindTable(path[..dot]) is { } table && table.FindColumn(path[(dot + 1)..]) is { } column ? (table, column) : null;
    }
}
