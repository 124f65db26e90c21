using DataFlow.Safety;
using DataFlow.Workflows;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// <c>NotNullColumnNode</c>: adds a NOT NULL column to a live table (or makes an existing column NOT NULL) through the
/// <see cref="NotNullColumnHandler"/>: one statement when a constant default suffices, otherwise add nullable → batched
/// backfill → validate → NOT NULL (PostgreSQL: <c>NOT VALID</c> check + <c>VALIDATE</c>; SQLite: the table rebuild),
/// resumable by running it again. <c>dry_run</c> only plans. Outputs the strategy, the SQL, the risk assessment with
/// row and NULL counts, and the rows filled. Refused in existing-schema mode.
/// </summary>
internal sealed class NotNullColumnNode(DataFlowDb db) : Node
{
    private static readonly string[] OutputNames = ["strategy", "sql", "risk", "rows_backfilled", "problems", "result"];

    /// <inheritdoc />
    public override string Description => "Adds a NOT NULL column to a live table, or makes a column NOT NULL, in safe batched steps.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("table", ParameterType.String) { Required = true, Description = "The table (schema.table outside the search path)." },
        new("column_name", ParameterType.String) { Required = true, Description = "The column to add, or the existing column to make NOT NULL." },
        new("column_type", ParameterType.String) { Description = "The new column's type (varchar(20), integer, timestamp, …); leave out for an existing column." },
        new("default_value", ParameterType.Any) { Description = "A constant for every existing row (and new rows unless new_rows_default)." },
        new("calculation", ParameterType.String) { Description = "A safe expression over the row's columns to fill existing rows (e.g. \"price * 100\")." },
        new("default_function", ParameterType.String) { AllowedValues = ["current_timestamp", "random_uuid"], Description = "A function to fill existing rows with." },
        new("new_rows_default", ParameterType.Any) { Description = "The column default for rows inserted later (with calculation or default_function)." },
        new("batch_size", ParameterType.Integer) { Default = 2000L, Description = "Rows per backfill batch (each its own short transaction)." },
        new("dry_run", ParameterType.Boolean) { Default = false, Description = "Plan only: output the strategy, SQL and risk without changing anything." },
        new("input", ParameterType.Any) { Description = "Connect another node's result here to run after it (the value is not used)." },
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Inputs;
        var request = new NotNullColumnRequest
        {
            Table = inputs.Get<string>("table"),
            Column = inputs.Get<string>("column_name"),
            Type = inputs.GetOrDefault<string?>("column_type", null),
            Default = DefaultOf(inputs),
            NewRowsDefault = inputs.GetOrDefault<object?>("new_rows_default", null),
        };
        var handler = new NotNullColumnHandler(db, NotNullOptions.Default with { BatchSize = (int)inputs.Get<long>("batch_size") });
        var plan = await handler.PlanAsync(request, cancellationToken);
        var result = inputs.Get<bool>("dry_run")
            ? null
            : await handler.ExecuteAsync(plan, new Progress<NotNullProgress>(p => context.ReportProgress(p.Index + 1, p.Count, p.Message)), cancellationToken);
        IReadOnlyList<KeyValuePair<string, object?>> values =
        [
            new("strategy", plan.Strategy == NotNullStrategy.SingleStatement ? "single_statement" : "backfill"),
            new("sql", result?.Statements ?? plan.Steps.Where(s => s.Sql.Length > 0).Select(s => s.Sql).ToList()),
            new("risk", RiskOutput.Of(plan.Risk)),
            new("rows_backfilled", result?.RowsBackfilled ?? 0L),
            new("problems", plan.Problems),
        ];
        return new NodeOutput([.. values, new("result", values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))]);
    }

    private static NotNullDefault? DefaultOf(NodeInputs inputs)
    {
        var value = inputs.GetOrDefault<object?>("default_value", null);
        var calculation = inputs.GetOrDefault<string?>("calculation", null);
        var function = inputs.GetOrDefault<string?>("default_function", null);
        return (value, calculation, function) switch
        {
            (null, null, null) => null,
            ({ } v, null, null) => NotNullDefault.Static(v),
            (null, { } c, null) => NotNullDefault.Computed(c),
            (null, null, "current_timestamp") => NotNullDefault.FromFunction(DefaultFunction.CurrentTimestamp),
            (null, null, _) => NotNullDefault.FromFunction(DefaultFunction.RandomUuid),
            _ => throw DataFlowErrors.SafetyRequestInvalid("default_value, calculation and default_function are alternatives: more than one was given", "Give one of them."),
        };
    }
}
