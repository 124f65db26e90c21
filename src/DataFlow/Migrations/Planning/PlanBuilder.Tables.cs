using DataFlow.Diff;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <content>Tables: created (with their foreign keys, indexes and comments), dropped, renamed, probable renames.</content>
internal sealed partial class PlanBuilder
{
    private void PlanTable(SchemaChange change)
    {
        switch (change.Action)
        {
            case ChangeAction.Added when _toTables.TryGetValue(change.Path, out var table):
                CreateTable(table);
                break;
            case ChangeAction.Removed when _fromTables.TryGetValue(change.Path, out var table):
                DropTable(table);
                break;
            case ChangeAction.Renamed when _fromTables.TryGetValue(change.Before!, out var old) && _toTables.TryGetValue(change.After!, out var table):
                _touchedTables.Add(old.QualifiedName);
                if (old.Schema != table.Schema)
                {
                    Manual($"move table {old.QualifiedName} to schema {table.Schema}", $"moving {old.QualifiedName} to another schema (ALTER TABLE … SET SCHEMA) is not planned; do it by hand");
                }

                Add(PlanPhase.Renames, $"rename table {old.QualifiedName} to {table.Name}", [_ddl.RenameTable(old, table.Name)],
                    RiskAssessment.Of(RiskRules.Rename(old.QualifiedName, table.QualifiedName)));
                break;
            case ChangeAction.ProbableRename when _fromTables.TryGetValue(change.Before!, out var old) && _toTables.TryGetValue(change.After!, out var table):
                Add(PlanPhase.Renames, $"probable rename of table {old.QualifiedName} to {table.QualifiedName} (not confirmed)",
                    [_ddl.RenameTable(old, table.Name)], RiskAssessment.Of(RiskRules.UnconfirmedRename(old.QualifiedName, table.QualifiedName)),
                    destructive: true, enabled: false, hint: change.Hint);
                break;
            case ChangeAction.Changed:
                Manual($"change the options of table {change.Path}", $"table options changed from '{change.Before}' to '{change.After}' (partitioning, STRICT, WITHOUT ROWID, …): recreate the table by hand");
                break;
        }
    }

    private void CreateTable(Table table)
    {
        var partition = table.Annotations.Any(a => a.Name == AnnotationNames.PostgresPartitionOf);
        var inherited = InheritedForeignKeys(table);

        // PostgreSQL drops a UNIQUE that repeats the primary key inside CREATE TABLE; added afterwards, it stays.
        var repeatsKey = IsSqlite ? [] : table.UniqueConstraints.Where(u => table.PrimaryKey is { } key && u.Columns == key.Columns).ToList();
        var created = table with { UniqueConstraints = table.UniqueConstraints.Where(u => !repeatsKey.Contains(u)).ToEquatableArray() };
        var statements = new List<string> { _ddl.CreateTable(created, includeForeignKeys: IsSqlite, _to.Sequences) };
        foreach (var unique in repeatsKey)
        {
            Add(PlanPhase.AddConstraints, $"add unique constraint {ConstraintLabel(table, unique.Name)}", [_ddl.AddUniqueConstraint(table, unique)], RiskAssessment.None);
        }

        if (table.Annotations.FirstOrDefault(a => a.Name == AnnotationNames.PostgresRowLevelSecurity) is { } security)
        {
            statements.Add($"ALTER TABLE {_ddl.Name(table.Schema, table.Name)} ENABLE ROW LEVEL SECURITY");
            if (security.Value == "forced")
            {
                statements.Add($"ALTER TABLE {_ddl.Name(table.Schema, table.Name)} FORCE ROW LEVEL SECURITY");
            }
        }

        Add(partition ? PlanPhase.CreatePartitions : PlanPhase.CreateTables, "create table " + table.QualifiedName, statements, RiskAssessment.None);
        if (!IsSqlite)
        {
            foreach (var key in table.ForeignKeys.Where(k => !inherited.Contains(k.Name ?? "")))
            {
                Add(PlanPhase.AddForeignKeys, $"add foreign key {ConstraintLabel(table, key.Name)}", [_ddl.AddForeignKey(table, key)], RiskAssessment.None);
            }

            foreach (var check in table.CheckConstraints.Where(c => c.IsNotValid))
            {
                Add(PlanPhase.AddConstraints, $"add check {ConstraintLabel(table, check.Name)} (not valid)", [_ddl.AddCheckConstraint(table, check, notValid: true)], RiskAssessment.None);
            }
        }

        foreach (var index in table.Indexes)
        {
            Add(PlanPhase.CreateIndexes, $"create index {table.QualifiedName}.{index.Name}", [_ddl.CreateIndex(table.Schema, table.Name, index)], RiskAssessment.None);
        }

        CommentTable(table);
    }

    /// <summary>The names of a partition's foreign keys that its parent has too (PostgreSQL clones them onto the partition).</summary>
    private HashSet<string> InheritedForeignKeys(Table table)
    {
        var partitionOf = table.Annotations.FirstOrDefault(a => a.Name == AnnotationNames.PostgresPartitionOf)?.Value;
        var parentName = partitionOf?.Split(' ')[0].Replace("\"", "", StringComparison.Ordinal);
        return parentName is not null && _toTables.TryGetValue(parentName, out var parent)
            ? parent.ForeignKeys.Select(k => k.Name).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
    }

    private void DropTable(Table table)
    {
        _touchedTables.Add(table.QualifiedName);
        var risk = RiskAssessment.Of(RiskRules.DropTable(table.QualifiedName));
        var named = IsSqlite ? [] : table.ForeignKeys.Where(k => k.Name is not null).Select(k => _ddl.DropConstraint(table, k.Name!)).ToList();
        if (named.Count > 0)
        {
            Add(PlanPhase.DropForeignKeys, $"drop the foreign keys of {table.QualifiedName} (the table is dropped)", named, risk, destructive: true);
        }

        Add(PlanPhase.DropTables, "drop table " + table.QualifiedName, [_ddl.DropTable(table)], risk, destructive: true);
    }

    private void CommentTable(Table table)
    {
        if ((_ddl.Features & Ddl.DdlFeatures.Comments) == 0)
        {
            return;
        }

        var name = _ddl.Name(table.Schema, table.Name);
        if (table.Comment is { } comment)
        {
            Add(PlanPhase.Comments, "comment on table " + table.QualifiedName, [_ddl.Comment("TABLE", name, comment)], RiskAssessment.None);
        }

        foreach (var column in table.Columns.Where(c => c.Comment is not null))
        {
            Add(PlanPhase.Comments, "comment on column " + ColumnPath(table, column.Name), [_ddl.Comment("COLUMN", name + "." + _ddl.Quote(column.Name), column.Comment)], RiskAssessment.None);
        }
    }

    private static string ConstraintLabel(Table table, string? name) => table.QualifiedName + "." + (name ?? "(unnamed)");
}
