using DataFlow.Data;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// <c>DataBackfillNode</c>: sets <c>update_field</c> of <c>table</c> to <c>calculation</c> (a safe expression over
/// the table's columns, see docs/schema-nodes.md) for the rows matching <c>where</c>, in primary-key batches of
/// <c>batch_size</c>, each its own short transaction. Resumable: run again after an interruption and it continues
/// with the rows not yet done (see <see cref="BatchedUpdate"/>). Outputs <c>rows_updated</c>, <c>batches</c>,
/// <c>resumed_from</c>; reports a progress event per batch.
/// </summary>
internal sealed class DataBackfillNode(DataConnections data) : MaintenanceNode(data)
{
    private static readonly string[] OutputNames = ["rows_updated", "batches", "resumed_from", "result"];

    /// <inheritdoc />
    public override string Description => "Backfills a column from an expression in resumable batches.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("table", ParameterType.String) { Required = true, Description = "The table (schema.table on PostgreSQL outside the search path)." },
        new("update_field", ParameterType.String) { Required = true, Description = "The column to fill." },
        new("calculation", ParameterType.String) { Required = true, Description = "The value: an expression over the table's columns ('subtotal + tax + shipping')." },
        new("where", ParameterType.String) { Description = "Only rows where this expression is true." },
        BatchSize,
        new("idempotent", ParameterType.Boolean) { Default = false, Description = "Allow a calculation that reads update_field itself; you assert that applying it twice gives the same value." },
        Input,
        ModelParameters.Transaction,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override string Work => "the backfill's update";

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(NodeContext context, DataSession session, CancellationToken cancellationToken)
    {
        var inputs = context.Inputs;
        var table = await RequireTableAsync(session, context.NodeId, "table", inputs.Get<string>("table"), cancellationToken);
        var target = RequireWritableColumn(table, context.NodeId, "update_field", inputs.Get<string>("update_field"));
        if (table.PrimaryKey is null)
        {
            throw DataFlowErrors.NodeTableWithoutKey(context.NodeId, table.QualifiedName);
        }

        var calculation = Expression(inputs.Get<string>("calculation"), table, "calculation");
        RequireFits(calculation, target, "calculation");
        if (calculation.Reads(target) && !inputs.Get<bool>("idempotent"))
        {
            throw DataFlowErrors.BackfillNotResumable(context.NodeId, target.Name);
        }

        var where = inputs.GetOrDefault<string?>("where", null) is { } text ? Condition(text, table, "where") : null;
        var update = new BatchedUpdate(session, table, [new ColumnAssignment(target, calculation)], where);
        var outcome = await update.RunAsync(inputs.Get<long>("batch_size"),
            (batches, rows) => context.ReportProgress(rows, null, $"batch {batches}: {rows} rows updated"), cancellationToken);
        if (outcome.ResumedFrom is not null)
        {
            DataNodesLog.BackfillResumed(context.Logger, context.NodeId, table.QualifiedName, target.Name, System.Text.Json.JsonSerializer.Serialize(outcome.ResumedFrom));
        }

        DataNodesLog.Backfilled(context.Logger, context.NodeId, table.QualifiedName, target.Name, outcome.Rows, outcome.Batches);
        return Output(
        [
            new("rows_updated", outcome.Rows),
            new("batches", outcome.Batches),
            new("resumed_from", outcome.ResumedFrom),
        ]);
    }
}
