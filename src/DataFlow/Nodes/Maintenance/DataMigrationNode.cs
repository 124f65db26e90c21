using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// <c>DataMigrationNode</c>: copies data with a <c>field_mapping</c> of <c>{ source: target }</c>, where each source is
/// a column or an expression over the source table's columns. With one table (<c>target_table</c> left out or equal)
/// it sets the target columns row by row (resumable, like DataBackfillNode); between tables it inserts the mapped
/// rows into <c>target_table</c>. Both walk the source in primary-key batches of <c>batch_size</c>, each its own
/// transaction, and honour <c>where</c>. Outputs <c>rows_copied</c>, <c>batches</c> and <c>mode</c>.
/// </summary>
internal sealed class DataMigrationNode(DataConnections data) : MaintenanceNode(data)
{
    private static readonly string[] OutputNames = ["rows_copied", "batches", "mode", "result"];

    /// <inheritdoc />
    public override string Description => "Copies data between columns or tables with a field mapping, in batches.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("source_table", ParameterType.String) { Required = true, Description = "The table read." },
        new("target_table", ParameterType.String) { Description = "The table written; default: source_table (copy between columns)." },
        new("field_mapping", ParameterType.Object) { Required = true, Description = "{ source: target }: a source column or expression → a target column ({ \"email\": \"email_address\" })." },
        new("where", ParameterType.String) { Description = "Only source rows where this expression is true." },
        BatchSize,
        Input,
        ModelParameters.Transaction,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override string Work => "the data migration's copy";

    /// <inheritdoc />
    protected internal override void Validate(NodeValidationContext context)
    {
        base.Validate(context);
        if (context.Parameters.TryGetValue("field_mapping", out var mapping) && mapping is not null
            && ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(mapping, out var pairs))
        {
            if (pairs.Count == 0)
            {
                context.Fail("field_mapping", "it is empty", "Map at least one source column to a target column: { \"email\": \"email_address\" }.");
            }

            if (pairs.FirstOrDefault(p => p.Value is not string) is { Key: not null } bad)
            {
                context.Fail("field_mapping", $"the target of '{bad.Key}' is not a column name", "Each value is the name of a target column.");
            }
        }
    }

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(NodeContext context, DataSession session, CancellationToken cancellationToken)
    {
        var inputs = context.Inputs;
        var sourceName = inputs.Get<string>("source_table");
        var source = await RequireTableAsync(session, context.NodeId, "source_table", sourceName, cancellationToken);
        var targetName = inputs.GetOrDefault<string?>("target_table", null);
        var target = targetName is null ? source : await RequireTableAsync(session, context.NodeId, "target_table", targetName, cancellationToken);
        var sameTable = target.QualifiedName == source.QualifiedName;
        if (source.PrimaryKey is null)
        {
            throw DataFlowErrors.NodeTableWithoutKey(context.NodeId, source.QualifiedName);
        }

        var assignments = new List<ColumnAssignment>();
        foreach (var (expression, column) in inputs.Get<IReadOnlyDictionary<string, object?>>("field_mapping"))
        {
            var targetColumn = RequireWritableColumn(target, context.NodeId, "field_mapping", column as string ?? string.Empty);
            var value = Expression(expression, source, "field_mapping");
            RequireFits(value, targetColumn, "field_mapping");
            assignments.Add(new ColumnAssignment(targetColumn, value));
        }

        var where = inputs.GetOrDefault<string?>("where", null) is { } text ? Condition(text, source, "where") : null;
        var batchSize = inputs.Get<long>("batch_size");
        void Progress(long batches, long rows) => context.ReportProgress(rows, null, $"batch {batches}: {rows} rows copied");
        if (sameTable)
        {
            var outcome = await new BatchedUpdate(session, source, assignments, where).RunAsync(batchSize, Progress, cancellationToken);
            return Copied(context, source.QualifiedName, target.QualifiedName, "update", outcome.Rows, outcome.Batches);
        }

        var copy = new BatchedCopy(session, source, target, assignments, where);
        var (rows, count) = await copy.RunAsync(batchSize, Progress, cancellationToken);
        return Copied(context, source.QualifiedName, target.QualifiedName, "insert", rows, count);
    }

    private static NodeOutput Copied(NodeContext context, string source, string target, string mode, long rows, long batches)
    {
        DataNodesLog.Copied(context.Logger, context.NodeId, source, target, mode, rows, batches);
        return Output([new("rows_copied", rows), new("batches", batches), new("mode", mode)]);
    }
}
