using DataFlow.Diff;
using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <summary>
/// Builds one plan: resolves each change's path to the objects of both schemas, renders the statements and files
/// them by <see cref="PlanPhase"/>. One instance per plan.
/// </summary>
internal sealed partial class PlanBuilder
{
    private const string DestructiveHint = "destructive: review it, then uncomment it or plan again with --allow-destructive";

    private readonly DatabaseSchema _from;
    private readonly DatabaseSchema _to;
    private readonly MigrationPlannerOptions _options;
    private readonly IDdlRenderer _ddl;
    private readonly Dictionary<string, Table> _fromTables;
    private readonly Dictionary<string, Table> _toTables;
    private readonly Dictionary<string, string> _renamedTables = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, string Column), string> _confirmedColumnRenames = [];
    private readonly HashSet<string> _touchedTables = new(StringComparer.Ordinal);
    private readonly List<(PlanPhase Phase, int Order, MigrationStep Step)> _steps = [];

    public PlanBuilder(DatabaseSchema from, DatabaseSchema to, MigrationPlannerOptions options)
    {
        _from = from;
        _to = to;
        _options = options;
        _ddl = DdlRenderers.For(to.Dialect);
        _fromTables = Index(from.Tables);
        _toTables = Index(to.Tables);
    }

    private bool IsSqlite => (_ddl.Features & DdlFeatures.AlterColumn) == 0;

    public MigrationPlan Build(SchemaDiff diff)
    {
        foreach (var change in diff.Changes.Where(c => c is { Kind: SchemaObjectKind.Table, Action: ChangeAction.Renamed }))
        {
            _renamedTables[change.After!] = change.Before!;
        }

        foreach (var change in diff.Changes.Where(c => c is { Kind: SchemaObjectKind.Column, Action: ChangeAction.Renamed }))
        {
            if (SplitTo(change.Path) is var (table, _))
            {
                _confirmedColumnRenames[(table.QualifiedName, change.Before!)] = change.After!;
            }
        }

        var rebuilds = IsSqlite ? PlanSqliteRebuilds(diff) : new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in diff.Changes)
        {
            if (ResolveOwner(change) is { } owner && rebuilds.Contains(owner.QualifiedName) && IsSubsumedByRebuild(change))
            {
                continue;
            }

            Plan(change);
        }

        PlanViews(diff);
        PlanSchemas();
        var steps = _steps.OrderBy(s => s.Phase).ThenBy(s => s.Order).Select(s => s.Step).ToEquatableArray();
        return new MigrationPlan { Dialect = _to.Dialect, Steps = steps };
    }

    private void Plan(SchemaChange change)
    {
        switch (change.Kind)
        {
            case SchemaObjectKind.Table:
                PlanTable(change);
                break;
            case SchemaObjectKind.Column:
                PlanColumn(change);
                break;
            case SchemaObjectKind.PrimaryKey:
            case SchemaObjectKind.ForeignKey:
            case SchemaObjectKind.UniqueConstraint:
            case SchemaObjectKind.CheckConstraint:
                PlanConstraint(change);
                break;
            case SchemaObjectKind.Index:
                PlanIndex(change);
                break;
            case SchemaObjectKind.Enum:
            case SchemaObjectKind.Domain:
            case SchemaObjectKind.Sequence:
                PlanType(change);
                break;
            case SchemaObjectKind.Comment:
                PlanComment(change);
                break;
            default:
                break; // Views are planned together in PlanViews, after every table change is known.
        }
    }

    /// <summary>Creates the schemas the "to" objects use that no "from" object lives in.</summary>
    private void PlanSchemas()
    {
        if (IsSqlite)
        {
            return;
        }

        var existing = SchemasOf(_from).ToHashSet(StringComparer.Ordinal);
        foreach (var schema in SchemasOf(_to).Where(s => !existing.Contains(s) && s != "public").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Add(PlanPhase.CreateSchemas, "create schema " + schema, [_ddl.CreateSchema(schema)], RiskAssessment.None);
        }
    }

    private static IEnumerable<string> SchemasOf(DatabaseSchema schema) =>
        schema.Tables.Select(t => t.Schema).Concat(schema.Views.Select(v => v.Schema)).Concat(schema.Enums.Select(e => e.Schema))
            .Concat(schema.Domains.Select(d => d.Schema)).Concat(schema.Sequences.Select(s => s.Schema)).OfType<string>();

    /// <summary>Files a step; a destructive step is disabled unless destructive changes are allowed.</summary>
    private void Add(
        PlanPhase phase, string description, IEnumerable<string> statements, RiskAssessment risk,
        bool destructive = false, bool enabled = true, string? hint = null, bool noTransaction = false, bool rebuild = false)
    {
        var allowed = !destructive || _options.AllowDestructive;
        _steps.Add((phase, _steps.Count, new MigrationStep
        {
            Description = description,
            Statements = statements.ToEquatableArray(),
            Risk = risk,
            IsDestructive = destructive,
            IsEnabled = enabled && allowed,
            Hint = hint ?? (allowed ? null : DestructiveHint),
            RequiresNoTransaction = noTransaction,
            IsTableRebuild = rebuild,
        }));
    }

    /// <summary>A step written as comments only: DataFlow cannot render the change.</summary>
    private void Manual(string description, string what) =>
        Add(PlanPhase.Manual, description, [], RiskAssessment.Of(RiskRules.ManualChange(what)), enabled: false, hint: what);

    /// <summary>The table a child path (<c>schema.table.column</c>) belongs to in the "to" schema, and the rest of the path.</summary>
    private (Table Table, string Remainder)? SplitTo(string path) => Split(path, _toTables);

    /// <summary>The same in the "from" schema; a path under a renamed table's new name finds the old table.</summary>
    private (Table Table, string Remainder)? SplitFrom(string path)
    {
        if (Split(path, _fromTables) is { } found)
        {
            return found;
        }

        return Split(path, _toTables) is { } renamed && _renamedTables.TryGetValue(renamed.Table.QualifiedName, out var old) && _fromTables.TryGetValue(old, out var table)
            ? (table, renamed.Remainder)
            : null;
    }

    /// <summary>The "from" version of a "to" table (under its old name when it was renamed), or null for a new table.</summary>
    private Table? OldTable(Table table) =>
        _fromTables.GetValueOrDefault(_renamedTables.GetValueOrDefault(table.QualifiedName) ?? table.QualifiedName);

    /// <summary>The table a change is about or belongs to, in the "to" schema (null for removed tables and non-table objects).</summary>
    private Table? ResolveOwner(SchemaChange change) => change.Kind switch
    {
        SchemaObjectKind.Table => _toTables.GetValueOrDefault(change.Path),
        SchemaObjectKind.Column or SchemaObjectKind.PrimaryKey or SchemaObjectKind.ForeignKey or SchemaObjectKind.UniqueConstraint
            or SchemaObjectKind.CheckConstraint or SchemaObjectKind.Index or SchemaObjectKind.Comment => SplitTo(change.Path)?.Table,
        _ => null,
    };

    private static (Table Table, string Remainder)? Split(string path, Dictionary<string, Table> tables)
    {
        for (var dot = path.LastIndexOf('.'); dot > 0; dot = path.LastIndexOf('.', dot - 1))
        {
            if (tables.TryGetValue(path[..dot], out var table))
            {
                return (table, path[(dot + 1)..]);
            }
        }

        return null;
    }

    private static Dictionary<string, Table> Index(IEnumerable<Table> tables)
    {
        var index = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            index.TryAdd(table.QualifiedName, table);
        }

        return index;
    }

    private static string ColumnPath(Table table, string column) => table.QualifiedName + "." + column;
}
