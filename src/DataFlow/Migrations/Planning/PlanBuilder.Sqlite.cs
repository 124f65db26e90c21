using DataFlow.Diff;
using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <content>
/// SQLite: which existing tables need the table rebuild (any change <c>ALTER TABLE</c> cannot make), and the rebuild
/// step of each, which takes the place of that table's column, constraint and index changes.
/// </content>
internal sealed partial class PlanBuilder
{
    private HashSet<string> PlanSqliteRebuilds(SchemaDiff diff)
    {
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var change in diff.Changes)
        {
            if (ResolveOwner(change) is not { } table || OldTable(table) is not { } old || RebuildReason(change, table, old) is not { } reason)
            {
                continue;
            }

            if (!reasons.TryGetValue(table.QualifiedName, out var list))
            {
                reasons[table.QualifiedName] = list = [];
            }

            list.Add(reason);
        }

        foreach (var (path, why) in reasons)
        {
            var table = _toTables[path];
            var owned = diff.Changes.Where(c => IsSubsumedByRebuild(c) && ResolveOwner(c)?.QualifiedName == path).ToList();
            RebuildTable(table, OldTable(table)!, owned, string.Join("; ", why.Distinct()));
        }

        return reasons.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private void RebuildTable(Table table, Table old, List<SchemaChange> owned, string why)
    {
        _touchedTables.Add(table.QualifiedName);
        var columns = old.Columns.Select(c => _confirmedColumnRenames.TryGetValue((table.QualifiedName, c.Name), out var name) ? c with { Name = name } : c);
        var from = old with { Schema = table.Schema, Name = table.Name, Columns = columns.ToEquatableArray() };
        var triggers = _options.SqliteTriggers.GetValueOrDefault(table.Name) ?? [];
        var statements = SqliteTableRebuild.Render(from, table, new SqliteRebuildOptions { Triggers = triggers });
        var findings = new List<RiskFinding> { RiskRules.TableRebuild(table.QualifiedName, why) };
        foreach (var change in owned.Where(c => c.IsDestructive))
        {
            findings.Add(change.Action == ChangeAction.Removed ? RiskRules.DropColumn(change.Path)
                : change.Property == "nullable" ? RiskRules.NotNullOnColumn(change.Path)
                : change.Property == "type" ? RiskRules.TypeChange(change.Path, change.Before ?? "", change.After ?? "", narrowing: true)
                : RiskRules.ManualChange($"{change.Path}: {change.Property} changes from '{change.Before}' to '{change.After}'"));
        }

        Add(PlanPhase.AlterTables, $"rebuild table {table.QualifiedName} ({why})", statements, RiskAssessment.Of(findings),
            destructive: owned.Any(c => c.IsDestructive), rebuild: true);
    }

    /// <summary>Why <paramref name="change"/> needs a rebuild of its table, or null when ALTER TABLE can make it.</summary>
    private static string? RebuildReason(SchemaChange change, Table table, Table old) => change.Kind switch
    {
        SchemaObjectKind.Column when change.Action == ChangeAction.Added =>
            table.FindColumn(change.Path[(table.QualifiedName.Length + 1)..]) is { } column && !CanAddInPlace(table, column) ? "add column " + column.Name : null,
        SchemaObjectKind.Column when change.Action == ChangeAction.Removed =>
            !CanDropInPlace(old, change.Path[(table.QualifiedName.Length + 1)..]) ? "drop column " + change.Path[(table.QualifiedName.Length + 1)..] + " used by a key, index or check" : null,
        SchemaObjectKind.Column when change.Action == ChangeAction.Changed => change.Property + " of " + change.Path[(table.QualifiedName.Length + 1)..],
        SchemaObjectKind.PrimaryKey => "primary key",
        SchemaObjectKind.ForeignKey => "foreign key",
        SchemaObjectKind.UniqueConstraint => "unique constraint",
        SchemaObjectKind.CheckConstraint => "check constraint",
        SchemaObjectKind.Table when change.Action == ChangeAction.Changed => "table options",
        _ => null,
    };

    /// <summary>The changes a rebuild of their table makes by itself.</summary>
    private static bool IsSubsumedByRebuild(SchemaChange change) => change.Kind switch
    {
        SchemaObjectKind.Column => change.Action is ChangeAction.Added or ChangeAction.Removed or ChangeAction.Changed,
        SchemaObjectKind.PrimaryKey or SchemaObjectKind.ForeignKey or SchemaObjectKind.UniqueConstraint or SchemaObjectKind.CheckConstraint or SchemaObjectKind.Index => true,
        SchemaObjectKind.Table => change.Action == ChangeAction.Changed,
        _ => false,
    };

    /// <summary>SQLite's ADD COLUMN rules: not part of a key, nullable or with a constant default, not a stored generated column.</summary>
    private static bool CanAddInPlace(Table table, Column column)
    {
        var name = column.Name;
        if (table.PrimaryKey?.Columns.Contains(name) == true || table.UniqueConstraints.Any(u => u.Columns.Contains(name)) ||
            table.ForeignKeys.Any(k => k.Columns.Contains(name)) || table.CheckConstraints.Any(c => ViewOrder.Mentions(c.Expression, name)))
        {
            return false;
        }

        var constantDefault = column.Default is null || !(column.Default.StartsWith('(') || column.Default.StartsWith("CURRENT_", StringComparison.OrdinalIgnoreCase));
        return column.Generated != GeneratedKind.Stored && constantDefault && (column.IsNullable || column.Default is not null || column.Generated != GeneratedKind.None);
    }

    /// <summary>SQLite's DROP COLUMN refuses columns used by a key, index, constraint or generated column.</summary>
    private static bool CanDropInPlace(Table old, string name) =>
        old.PrimaryKey?.Columns.Contains(name) != true &&
        !old.UniqueConstraints.Any(u => u.Columns.Contains(name)) &&
        !old.ForeignKeys.Any(k => k.Columns.Contains(name)) &&
        !old.CheckConstraints.Any(c => ViewOrder.Mentions(c.Expression, name)) &&
        !old.Indexes.Any(i => i.Keys.Any(k => k.Column == name || (k.Expression is { } e && ViewOrder.Mentions(e, name))) ||
                              (i.Predicate is { } p && ViewOrder.Mentions(p, name))) &&
        !old.Columns.Any(c => c.GeneratedExpression is { } g && ViewOrder.Mentions(g, name));
}
