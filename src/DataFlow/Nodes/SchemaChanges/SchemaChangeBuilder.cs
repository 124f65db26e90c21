using DataFlow.Connections;
using DataFlow.Data;
using DataFlow.Diff;
using DataFlow.Migrations.Ddl;
using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// Turns a <see cref="SchemaOperation"/> into the DDL of one dialect, rendered by the dialect's
/// <see cref="IDdlRenderer"/>, with its static risk (<see cref="RiskRules"/>). On SQLite, operations <c>ALTER TABLE</c>
/// cannot do become the safe table rebuild (<see cref="SqliteTableRebuild.Render"/>), which needs the whole table
/// (indexes, foreign keys, checks) and the views and triggers to carry over.
/// </summary>
/// <param name="nodeId">The node, for errors.</param>
/// <param name="kind">The database kind.</param>
/// <param name="dialect">The data dialect, to render check expressions.</param>
/// <param name="rebuild">SQLite: the views and triggers a rebuild must recreate.</param>
internal sealed partial class SchemaChangeBuilder(string nodeId, DatabaseKind kind, Dialects.IDataDialect dialect, SqliteRebuildOptions? rebuild = null)
{
    private readonly IDdlRenderer _ddl = DdlRenderers.For(kind);

    private bool IsSqlite => kind == DatabaseKind.Sqlite;

    /// <summary>Plans <paramref name="operation"/> on <paramref name="table"/> (read on the session that will run it).</summary>
    /// <exception cref="DataFlowException"><c>DF-SCHEMA-001</c>, <c>-003</c>, <c>-005</c>, <c>DF-NODE-002</c>, <c>DF-EXPR-…</c>.</exception>
    public PlannedSchemaChange Build(SchemaOperation operation, Table table) => operation.Operation switch
    {
        "add_column" => AddColumn(operation, table),
        "drop_column" => DropColumn(operation, table),
        "rename_column" => RenameColumn(operation, table),
        "alter_column_type" => AlterColumnType(operation, table),
        "set_default" => SetDefault(operation, table),
        "drop_default" => DropDefault(operation, table),
        "add_constraint" => AddConstraint(operation, table),
        "drop_constraint" => DropConstraint(operation, table),
        "create_index" => CreateIndex(operation, table),
        "drop_index" => DropIndex(operation, table),
        "rename_table" => RenameTable(operation, table),
        _ => throw DataFlowErrors.SchemaOperationParameter(nodeId, operation.Operation, "operation", "is not one DataFlow knows (" + string.Join(", ", Operations) + ")"),
    };

    /// <summary>The operation names.</summary>
    public static IReadOnlyList<string> Operations { get; } =
        ["add_column", "drop_column", "rename_column", "alter_column_type", "set_default", "drop_default", "add_constraint", "drop_constraint", "create_index", "drop_index", "rename_table"];

    private PlannedSchemaChange AddColumn(SchemaOperation op, Table table)
    {
        var name = Required(op, "column_name", op.ColumnName);
        if (table.FindColumn(name) is not null)
        {
            throw DataFlowErrors.SchemaObjectNotFound(nodeId, "column_name", $"{table.QualifiedName} already has a column '{name}'");
        }

        var (raw, type) = ColumnTypes.Map(nodeId, Required(op, "column_type", op.ColumnType), kind);
        var column = new Column
        {
            Name = name, Ordinal = table.Columns.Count + 1, RawType = raw, Type = type, IsNullable = op.Nullable,
            Default = op.DefaultValue is null ? null : Literal(op, "default_value", op.DefaultValue),
        };
        var statements = new List<string> { _ddl.AddColumn(table, column) };
        var findings = new List<RiskFinding>();
        var subject = Subject(table, name);
        if (!op.Nullable && column.Default is null)
        {
            findings.Add(RiskRules.NotNullColumnWithoutDefault(subject));
        }

        if (op.Unique)
        {
            var constraint = op.ConstraintName ?? $"{table.Name}_{name}_key";
            statements.Add(IsSqlite
                ? _ddl.CreateIndex(null, table.Name, new TableIndex { Name = constraint, Keys = [new IndexKey { Column = name }], IsUnique = true })
                : _ddl.AddUniqueConstraint(table, new UniqueConstraint { Name = constraint, Columns = [name] }));
            findings.Add(RiskRules.UniqueAdded(constraint));
        }

        return Plan($"add column {subject}", statements, findings, table);
    }

    private PlannedSchemaChange DropColumn(SchemaOperation op, Table table)
    {
        var column = RequireColumn(op, table);
        var subject = Subject(table, column.Name);
        var finding = RiskRules.DropColumn(subject);
        if (IsSqlite && IsUsedByConstraintOrIndex(table, column.Name))
        {
            var to = Without(table, column.Name);
            return Rebuild($"drop column {subject}", table, to, [finding], "dropping a column an index or constraint uses") with { LosesData = true };
        }

        return Plan($"drop column {subject}", [_ddl.DropColumn(table, column.Name)], [finding], table) with { LosesData = true };
    }

    private PlannedSchemaChange RenameColumn(SchemaOperation op, Table table)
    {
        var column = RequireColumn(op, table);
        var newName = Required(op, "new_name", op.NewName);
        if (table.FindColumn(newName) is not null)
        {
            throw DataFlowErrors.SchemaObjectNotFound(nodeId, "new_name", $"{table.QualifiedName} already has a column '{newName}'");
        }

        return Plan($"rename column {Subject(table, column.Name)} to {newName}", [_ddl.RenameColumn(table, column.Name, newName)],
            [RiskRules.Rename(Subject(table, column.Name), newName)], table);
    }

    private PlannedSchemaChange AlterColumnType(SchemaOperation op, Table table)
    {
        var column = RequireColumn(op, table);
        var (raw, type) = ColumnTypes.Map(nodeId, Required(op, "column_type", op.ColumnType), kind);
        var changed = column with { RawType = raw, Type = type };
        var narrowing = TypeRules.IsNarrowing(column.Type, type);
        var subject = Subject(table, column.Name);
        var finding = RiskRules.TypeChange(subject, column.RawType, raw, narrowing);
        var description = $"change the type of {subject} from {column.RawType} to {raw}";
        var plan = IsSqlite
            ? Rebuild(description, table, Replace(table, changed), [finding], "changing a column's type")
            : Plan(description, [_ddl.AlterColumnType(table, changed)], [finding], table);
        return plan with { LosesData = narrowing };
    }

    private PlannedSchemaChange SetDefault(SchemaOperation op, Table table)
    {
        var column = RequireColumn(op, table);
        if (op.DefaultValue is null)
        {
            throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, "default_value", "needs default_value (use drop_default to remove one)");
        }

        var literal = Literal(op, "default_value", op.DefaultValue);
        var description = $"set the default of {Subject(table, column.Name)} to {literal}";
        RiskFinding[] findings = [RiskRules.DefaultChange(Subject(table, column.Name))];
        return IsSqlite
            ? Rebuild(description, table, Replace(table, column with { Default = literal }), findings, "changing a default")
            : Plan(description, [_ddl.SetDefault(table, column.Name, literal)], findings, table);
    }

    private PlannedSchemaChange DropDefault(SchemaOperation op, Table table)
    {
        var column = RequireColumn(op, table);
        var description = $"drop the default of {Subject(table, column.Name)}";
        RiskFinding[] findings = [RiskRules.DefaultChange(Subject(table, column.Name))];
        return IsSqlite
            ? Rebuild(description, table, Replace(table, column with { Default = null }), findings, "dropping a default")
            : Plan(description, [_ddl.DropDefault(table, column.Name)], findings, table);
    }

    private PlannedSchemaChange RenameTable(SchemaOperation op, Table table)
    {
        var newName = Required(op, "new_name", op.NewName);
        return Plan($"rename table {table.QualifiedName} to {newName}", [_ddl.RenameTable(table, newName)], [RiskRules.Rename(table.QualifiedName, newName)], table);
    }

    private PlannedSchemaChange Plan(string description, IReadOnlyList<string> statements, IEnumerable<RiskFinding> findings, Table table) =>
        new(description, statements, RiskAssessment.Of(findings), IsRebuild: false, NoTransaction: false, LosesData: false, table);

    private PlannedSchemaChange Rebuild(string description, Table from, Table to, IEnumerable<RiskFinding> findings, string why) =>
        new(description, SqliteTableRebuild.Render(from, to, rebuild), RiskAssessment.Of([.. findings, RiskRules.TableRebuild(from.Name, why)]),
            IsRebuild: true, NoTransaction: false, LosesData: false, from);

    private Column RequireColumn(SchemaOperation op, Table table)
    {
        var name = Required(op, "column_name", op.ColumnName);
        return table.FindColumn(name) ?? throw DataFlowErrors.NodeColumnNotFound(nodeId, "column_name", name, table.QualifiedName,
            table.Columns.Select(c => c.Name), Workflows.NameSuggester.Suggest(name, table.Columns.Select(c => c.Name)));
    }

    private string Required(SchemaOperation op, string parameter, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, parameter, "needs " + parameter) : value;

    private string Literal(SchemaOperation op, string parameter, object value) =>
        DdlLiteral.Of(value, kind) ?? throw DataFlowErrors.SchemaOperationParameter(nodeId, op.Operation, parameter, "must be a text, number or boolean literal");

    private static string Subject(Table table, string column) => table.QualifiedName + "." + column;

    private static Table Replace(Table table, Column column) =>
        table with { Columns = [.. table.Columns.Select(c => string.Equals(c.Name, column.Name, StringComparison.Ordinal) ? column : c)] };
}
