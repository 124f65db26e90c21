using DataFlow.Diff;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <content>Primary keys, foreign keys, unique and check constraints, and indexes of existing tables.</content>
internal sealed partial class PlanBuilder
{
    private void PlanConstraint(SchemaChange change)
    {
        if (change.Action is ChangeAction.Removed or ChangeAction.Changed)
        {
            if (SplitFrom(change.Path) is not var (old, oldName) || !HasConstraint(old, change.Kind, oldName))
            {
                Manual("drop " + change.Path, $"{change.Path} has no name DataFlow can drop it by; drop it by hand");
                return;
            }

            var phase = change.Kind == SchemaObjectKind.ForeignKey ? PlanPhase.DropForeignKeys : PlanPhase.DropConstraints;
            Add(phase, $"drop {KindText(change.Kind)} {change.Path}", [_ddl.DropConstraint(old, oldName)], RiskAssessment.None);
        }

        if (change.Action is ChangeAction.Added or ChangeAction.Changed && SplitTo(change.Path) is var (table, name))
        {
            AddConstraint(change, table, name);
        }
    }

    private void AddConstraint(SchemaChange change, Table table, string name)
    {
        var existing = OldTable(table) is not null;
        var notValid = existing && _options.NotValidConstraints;
        var label = change.Path;
        switch (change.Kind)
        {
            case SchemaObjectKind.PrimaryKey when table.PrimaryKey is { } key:
                Add(PlanPhase.AddConstraints, "add primary key " + label, [_ddl.AddPrimaryKey(table, key)], RiskAssessment.Of(RiskRules.PrimaryKeyChange(label)));
                break;
            case SchemaObjectKind.ForeignKey when table.ForeignKeys.FirstOrDefault(k => k.Name == name) is { } key:
                Add(PlanPhase.AddForeignKeys, "add foreign key " + label,
                    notValid ? [_ddl.AddForeignKey(table, key, notValid: true), _ddl.ValidateConstraint(table, name)] : [_ddl.AddForeignKey(table, key)],
                    existing && !notValid ? RiskAssessment.Of(RiskRules.ConstraintWithoutNotValid(label)) : RiskAssessment.None);
                break;
            case SchemaObjectKind.UniqueConstraint when table.UniqueConstraints.FirstOrDefault(u => u.Name == name) is { } unique:
                Add(PlanPhase.AddConstraints, "add unique constraint " + label, [_ddl.AddUniqueConstraint(table, unique)],
                    existing ? RiskAssessment.Of(RiskRules.UniqueAdded(label)) : RiskAssessment.None);
                break;
            case SchemaObjectKind.CheckConstraint when table.CheckConstraints.FirstOrDefault(c => c.Name == name) is { } check:
                var statements = check.IsNotValid
                    ? [_ddl.AddCheckConstraint(table, check, notValid: true)]
                    : notValid ? [_ddl.AddCheckConstraint(table, check, notValid: true), _ddl.ValidateConstraint(table, name)] : new[] { _ddl.AddCheckConstraint(table, check) };
                Add(PlanPhase.AddConstraints, "add check constraint " + label, statements,
                    existing && !notValid && !check.IsNotValid ? RiskAssessment.Of(RiskRules.ConstraintWithoutNotValid(label)) : RiskAssessment.None);
                break;
            default:
                Manual("add " + label, $"{label} has no name DataFlow can add it by; add it by hand");
                break;
        }
    }

    private void PlanIndex(SchemaChange change)
    {
        if (change.Action is ChangeAction.Removed or ChangeAction.Changed)
        {
            if (SplitFrom(change.Path) is var (old, oldName))
            {
                Add(PlanPhase.DropIndexes, "drop index " + change.Path, [_ddl.DropIndex(old.Schema, oldName)], RiskAssessment.None);
            }
            else if (SplitView(_from.Views, change.Path) is var (view, viewIndex) && !_recreatedViews.Contains(view.QualifiedName))
            {
                Add(PlanPhase.DropIndexes, "drop index " + change.Path, [_ddl.DropIndex(view.Schema, viewIndex)], RiskAssessment.None);
            }
        }

        if (change.Action is not (ChangeAction.Added or ChangeAction.Changed))
        {
            return;
        }

        if (SplitTo(change.Path) is var (table, name) && table.Indexes.FirstOrDefault(i => i.Name == name) is { } index)
        {
            CreateIndex(table.Schema, table.Name, table.QualifiedName, index, existing: OldTable(table) is not null);
        }
        else if (SplitView(_to.Views, change.Path) is var (view, viewIndex) && view.Indexes.FirstOrDefault(i => i.Name == viewIndex) is { } onView)
        {
            _viewIndexes.Add((view, onView));
        }
    }

    private void CreateIndex(string? schema, string owner, string ownerPath, TableIndex index, bool existing)
    {
        var canConcurrently = (_ddl.Features & Ddl.DdlFeatures.ConcurrentIndexes) != 0;
        var concurrently = existing && _options.ConcurrentIndexes && canConcurrently;
        var findings = new List<RiskFinding>();
        if (existing && canConcurrently && !concurrently)
        {
            findings.Add(RiskRules.IndexWithoutConcurrently(ownerPath + "." + index.Name));
        }

        if (existing && index.IsUnique)
        {
            findings.Add(RiskRules.UniqueAdded("index " + ownerPath + "." + index.Name));
        }

        Add(PlanPhase.CreateIndexes, $"create index {ownerPath}.{index.Name}" + (concurrently ? " concurrently" : ""),
            [_ddl.CreateIndex(schema, owner, index, concurrently)], RiskAssessment.Of(findings), noTransaction: concurrently);
    }

    private static bool HasConstraint(Table table, SchemaObjectKind kind, string name) => kind switch
    {
        SchemaObjectKind.PrimaryKey => table.PrimaryKey?.Name == name,
        SchemaObjectKind.ForeignKey => table.ForeignKeys.Any(k => k.Name == name),
        SchemaObjectKind.UniqueConstraint => table.UniqueConstraints.Any(u => u.Name == name),
        _ => table.CheckConstraints.Any(c => c.Name == name),
    };

    private static string KindText(SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.PrimaryKey => "primary key",
        SchemaObjectKind.ForeignKey => "foreign key",
        SchemaObjectKind.UniqueConstraint => "unique constraint",
        _ => "check constraint",
    };

    private static (View View, string Remainder)? SplitView(EquatableArray<View> views, string path)
    {
        foreach (var view in views)
        {
            if (path.StartsWith(view.QualifiedName + ".", StringComparison.Ordinal))
            {
                return (view, path[(view.QualifiedName.Length + 1)..]);
            }
        }

        return null;
    }
}
