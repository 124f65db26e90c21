using DataFlow.Diff;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <content>
/// Views: dropped when removed, changed, or reading a table whose columns change (and views reading those, in turn),
/// then created again after every table change, each after the views it reads.
/// </content>
internal sealed partial class PlanBuilder
{
    private readonly HashSet<string> _recreatedViews = new(StringComparer.Ordinal);
    private readonly List<(View View, TableIndex Index)> _viewIndexes = [];

    private void PlanViews(SchemaDiff diff)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in diff.Changes.Where(c => c.Kind is SchemaObjectKind.View or SchemaObjectKind.MaterializedView))
        {
            changed.Add(change.Path);
        }

        var toViews = _to.Views.ToDictionary(v => v.QualifiedName, StringComparer.Ordinal);
        var dropped = _from.Views.Where(v => changed.Contains(v.QualifiedName) || ReadsAny(v, _touchedTables.Select(NameOfPath))).Select(v => v.QualifiedName).ToHashSet(StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            var before = dropped.Count;
            dropped.UnionWith(_from.Views.Where(v => ReadsAny(v, dropped.Select(NameOfPath))).Select(v => v.QualifiedName));
            grew = dropped.Count > before;
        }

        foreach (var view in ViewOrder.Sort(_from.Views.Where(v => dropped.Contains(v.QualifiedName))).Reverse())
        {
            var recreated = toViews.ContainsKey(view.QualifiedName);
            Add(PlanPhase.DropViews, (recreated ? "drop (to recreate) " : "drop ") + ViewText(view), [_ddl.DropView(view)],
                recreated ? RiskAssessment.Of(RiskRules.ViewRecreated(view.QualifiedName)) : RiskAssessment.None);
            if (recreated)
            {
                _recreatedViews.Add(view.QualifiedName);
            }
        }

        var fromViews = _from.Views.Select(v => v.QualifiedName).ToHashSet(StringComparer.Ordinal);
        foreach (var view in ViewOrder.Sort(_to.Views.Where(v => !fromViews.Contains(v.QualifiedName) || _recreatedViews.Contains(v.QualifiedName))))
        {
            CreateView(view);
        }

        foreach (var (view, index) in _viewIndexes.Where(v => !_recreatedViews.Contains(v.View.QualifiedName)))
        {
            CreateIndex(view.Schema, view.Name, view.QualifiedName, index, existing: true);
        }
    }

    private void CreateView(View view)
    {
        Add(PlanPhase.CreateViews, "create " + ViewText(view), [_ddl.CreateView(view)], RiskAssessment.None);
        foreach (var index in view.Indexes)
        {
            Add(PlanPhase.CreateViews, $"create index {view.QualifiedName}.{index.Name}", [_ddl.CreateIndex(view.Schema, view.Name, index)], RiskAssessment.None);
        }

        if ((_ddl.Features & Ddl.DdlFeatures.Comments) == 0)
        {
            return;
        }

        var name = _ddl.Name(view.Schema, view.Name);
        if (view.Comment is { } comment)
        {
            Add(PlanPhase.Comments, "comment on " + ViewText(view), [_ddl.Comment(view.IsMaterialized ? "MATERIALIZED VIEW" : "VIEW", name, comment)], RiskAssessment.None);
        }

        foreach (var column in view.Columns.Where(c => c.Comment is not null))
        {
            Add(PlanPhase.Comments, $"comment on column {view.QualifiedName}.{column.Name}", [_ddl.Comment("COLUMN", name + "." + _ddl.Quote(column.Name), column.Comment)], RiskAssessment.None);
        }
    }

    private static bool ReadsAny(View view, IEnumerable<string> names) => names.Any(name => ViewOrder.Mentions(view.Definition, name));

    private static string NameOfPath(string qualifiedName) => qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];

    private static string ViewText(View view) => (view.IsMaterialized ? "materialized view " : "view ") + view.QualifiedName;
}
