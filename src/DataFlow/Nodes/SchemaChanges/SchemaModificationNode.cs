using DataFlow.Data;
using DataFlow.Migrations;
using DataFlow.Migrations.Risk;
using DataFlow.Workflows;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// <c>SchemaModificationNode</c>: one schema change with the seed's parameters (<c>table</c>, <c>operation</c>,
/// <c>column_name</c>, <c>column_type</c>, <c>nullable</c>, <c>default_value</c>, <c>unique</c>, …). The DDL is rendered
/// per dialect (SQLite rebuilds the table for what <c>ALTER TABLE</c> cannot do), assessed (static rules plus data
/// facts), and run through the guarded executor: refused in existing-schema mode, journaled, transactional where the
/// database allows, on the run's transaction inside a <c>TransactionScopeNode</c>. drop_column and a narrowing
/// alter_column_type need <c>confirm_data_loss: true</c>. Outputs <c>sql</c>, <c>risk</c>, <c>description</c>, <c>result</c>.
/// </summary>
internal sealed class SchemaModificationNode(DataConnections data, SchemaChangeExecutor executor) : Node
{
    private static readonly string[] OutputNames = ["sql", "risk", "description", "result"];

    /// <inheritdoc />
    public override string Description => "Changes the schema of a table (add/drop/rename/alter columns, constraints, indexes), assessed and journaled.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("table", ParameterType.String) { Required = true, Description = "The table (schema.table on PostgreSQL outside the search path)." },
        new("operation", ParameterType.String) { Required = true, AllowedValues = SchemaChangeBuilder.Operations, Description = "What to change." },
        new("column_name", ParameterType.String) { Description = "The column." },
        new("column_type", ParameterType.String) { Description = "add_column / alter_column_type: varchar(20), text, decimal(10,2), jsonb, timestamp, boolean, integer, bigint, uuid, …" },
        new("nullable", ParameterType.Boolean) { Default = true, Description = "add_column: whether the column accepts NULL." },
        new("default_value", ParameterType.Any) { Description = "add_column / set_default: a text, number or boolean literal." },
        new("unique", ParameterType.Boolean) { Default = false, Description = "add_column: add a unique constraint; create_index: a unique index." },
        new("new_name", ParameterType.String) { Description = "rename_column / rename_table: the new name." },
        new("constraint_type", ParameterType.String) { AllowedValues = ["not_null", "unique", "check", "foreign_key"], Description = "add_constraint / drop_constraint." },
        new("constraint_name", ParameterType.String) { Description = "The constraint's name (generated when adding without one)." },
        new("expression", ParameterType.String) { Description = "add_constraint check: a condition in the safe expression language ('price >= 0')." },
        new("references", ParameterType.String) { Description = "add_constraint foreign_key: table(column) or table.column." },
        new("on_delete", ParameterType.String) { Description = "add_constraint foreign_key: cascade, set_null, restrict, no_action." },
        new("columns", ParameterType.List) { Description = "create_index / add_constraint: the columns (default: column_name)." },
        new("index_name", ParameterType.String) { Description = "create_index / drop_index: the index (generated when creating without one)." },
        new("concurrently", ParameterType.Boolean) { Default = false, Description = "PostgreSQL create_index / drop_index: CONCURRENTLY (not inside a transaction)." },
        new("not_valid", ParameterType.Boolean) { Default = false, Description = "PostgreSQL check / foreign_key: add NOT VALID, then VALIDATE." },
        new("confirm_data_loss", ParameterType.Boolean) { Default = false, Description = "Required for drop_column and a narrowing alter_column_type." },
        new("migration_name", ParameterType.String) { Description = "The journal entry's name (default: the node id and the change)." },
        new("input", ParameterType.Any) { Description = "Connect another node's result here to run after it (the value is not used)." },
        ModelParameters.Transaction,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = Read(context.Inputs);
        await using var session = await data.SessionAsync(context.RunId, cancellationToken);
        var change = await RiskAssessmentEngine.PlanAsync(session, data, operation, context.NodeId, cancellationToken);
        if (change.LosesData && !operation.ConfirmDataLoss)
        {
            throw DataFlowErrors.SchemaDataLossNotConfirmed(context.NodeId, change.Risk.Findings.First().Reason);
        }

        var unitName = context.Inputs.GetOrDefault<string?>("migration_name", null) ?? $"{context.NodeId}: {change.Description}";
        var sql = await new SchemaChangeRunner(executor, data).RunAsync(session, change, context.NodeId, unitName, cancellationToken);
        IReadOnlyList<KeyValuePair<string, object?>> values =
        [
            new("sql", sql),
            new("risk", RiskOutput.Of(change.Risk)),
            new("description", change.Description),
        ];
        return new NodeOutput([.. values, new("result", values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))]);
    }

    private static SchemaOperation Read(NodeInputs inputs) => new()
    {
        Table = inputs.Get<string>("table"),
        Operation = inputs.Get<string>("operation"),
        ColumnName = inputs.GetOrDefault<string?>("column_name", null),
        ColumnType = inputs.GetOrDefault<string?>("column_type", null),
        Nullable = inputs.Get<bool>("nullable"),
        DefaultValue = inputs.GetOrDefault<object?>("default_value", null),
        Unique = inputs.Get<bool>("unique"),
        NewName = inputs.GetOrDefault<string?>("new_name", null),
        ConstraintType = inputs.GetOrDefault<string?>("constraint_type", null),
        ConstraintName = inputs.GetOrDefault<string?>("constraint_name", null),
        Expression = inputs.GetOrDefault<string?>("expression", null),
        References = inputs.GetOrDefault<string?>("references", null),
        OnDelete = inputs.GetOrDefault<string?>("on_delete", null),
        Columns = inputs.GetOrDefault<IReadOnlyList<object?>?>("columns", null)?.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList() ?? [],
        IndexName = inputs.GetOrDefault<string?>("index_name", null),
        Concurrently = inputs.Get<bool>("concurrently"),
        NotValid = inputs.Get<bool>("not_valid"),
        ConfirmDataLoss = inputs.Get<bool>("confirm_data_loss"),
    };
}
