using DataFlow.Diff;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <content>Columns: added, dropped, renamed (confirmed or probable), and type, NOT NULL and default changed in place.</content>
internal sealed partial class PlanBuilder
{
    private void PlanColumn(SchemaChange change)
    {
        switch (change.Action)
        {
            case ChangeAction.Added when SplitTo(change.Path) is var (table, name) && table.FindColumn(name) is { } column:
                AddColumn(table, column);
                break;
            case ChangeAction.Removed when SplitTo(change.Path) is var (table, name):
                _touchedTables.Add(table.QualifiedName);
                Add(PlanPhase.DropColumns, "drop column " + change.Path, [_ddl.DropColumn(table, name)],
                    RiskAssessment.Of(RiskRules.DropColumn(change.Path)), destructive: true);
                break;
            case ChangeAction.Renamed when SplitTo(change.Path) is var (table, _):
                Add(PlanPhase.Renames, $"rename column {ColumnPath(table, change.Before!)} to {change.After}", [_ddl.RenameColumn(table, change.Before!, change.After!)],
                    RiskAssessment.Of(RiskRules.Rename(ColumnPath(table, change.Before!), change.Path)));
                break;
            case ChangeAction.ProbableRename when SplitTo(change.After!) is var (table, newName) && SplitFrom(change.Before!) is var (_, oldName):
                Add(PlanPhase.Renames, $"probable rename of column {change.Before} to {change.After} (not confirmed)", [_ddl.RenameColumn(table, oldName, newName)],
                    RiskAssessment.Of(RiskRules.UnconfirmedRename(change.Before!, change.After!)), destructive: true, enabled: false, hint: change.Hint);
                break;
            case ChangeAction.Changed when SplitTo(change.Path) is var (table, name) && table.FindColumn(name) is { } column:
                ChangeColumn(change, table, column);
                break;
        }
    }

    private void AddColumn(Table table, Column column)
    {
        var path = ColumnPath(table, column.Name);
        var needsValue = !column.IsNullable && column.Default is null && column.Identity == IdentityKind.None && column.Generated == GeneratedKind.None;
        var risk = needsValue ? RiskAssessment.Of(RiskRules.NotNullColumnWithoutDefault(path)) : RiskAssessment.None;
        Add(PlanPhase.AlterTables, "add column " + path, [_ddl.AddColumn(table, column)], risk);
        if (column.Comment is { } comment && (_ddl.Features & Ddl.DdlFeatures.Comments) != 0)
        {
            Add(PlanPhase.Comments, "comment on column " + path, [_ddl.Comment("COLUMN", _ddl.Name(table.Schema, table.Name) + "." + _ddl.Quote(column.Name), comment)], RiskAssessment.None);
        }
    }

    private void ChangeColumn(SchemaChange change, Table table, Column column)
    {
        var path = change.Path;
        switch (change.Property)
        {
            case "type" or "collation":
                _touchedTables.Add(table.QualifiedName);
                Add(PlanPhase.AlterTables, $"change the {change.Property} of {path} from {change.Before} to {change.After}", [_ddl.AlterColumnType(table, column)],
                    RiskAssessment.Of(RiskRules.TypeChange(path, change.Before ?? "(none)", change.After ?? "(none)", change.IsDestructive)),
                    destructive: change.IsDestructive);
                break;
            case "nullable" when change.After == "false":
                Add(PlanPhase.AlterTables, $"make {path} NOT NULL", [_ddl.SetNotNull(table, column.Name)],
                    RiskAssessment.Of(RiskRules.NotNullOnColumn(path)), destructive: true);
                break;
            case "nullable":
                Add(PlanPhase.AlterTables, $"make {path} nullable", [_ddl.DropNotNull(table, column.Name)], RiskAssessment.None);
                break;
            case "default" when column.Identity is IdentityKind.Always or IdentityKind.ByDefault || column.Generated != GeneratedKind.None:
                break;
            case "default":
                Add(PlanPhase.AlterTables, change.After is null ? $"drop the default of {path}" : $"set the default of {path} to {change.After}",
                    [change.After is null ? _ddl.DropDefault(table, column.Name) : _ddl.SetDefault(table, column.Name, change.After)],
                    RiskAssessment.Of(RiskRules.DefaultChange(path)));
                break;
            default:
                Manual($"change the {change.Property} of {path}",
                    $"the {change.Property} of {path} changes from '{change.Before ?? "(none)"}' to '{change.After ?? "(none)"}'; DataFlow does not plan this change, do it by hand");
                break;
        }
    }
}
