using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>
/// <c>{Model}BulkUpdateNode</c>: with <c>data</c>, updates each record's row (found by its key columns) with its
/// other fields; otherwise sets <c>fields</c> on every row matching <c>filter</c> (an empty filter needs <c>confirmed: true</c>).
/// </summary>
internal sealed class ModelBulkUpdateNode : ModelBulkNode
{
    private static readonly IReadOnlyList<NodeParameter> Declared =
        [ModelParameters.Records, ModelParameters.Filter, ModelParameters.NewValues, ModelParameters.Confirmed, ModelParameters.BatchSize];

    public ModelBulkUpdateNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "BulkUpdate")
    {
    }

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters => Declared;

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken)
    {
        if (inputs.TryGetValue("data", out var data) && data is not null)
        {
            return Output(await ModelOperations.BulkUpdateRecordsAsync(session, Map, RecordInput.AsRecords(data, "data"), cancellationToken));
        }

        if (!inputs.TryGetValue("fields", out var fields) || fields is null)
        {
            throw DataFlowErrors.InvalidOperationOption("fields", "a bulk update needs either data (records with their keys) or fields (with a filter)", "Write { filter: { ... }, fields: { \"active\": false } } or { data: [ { \"id\": 1, \"active\": false } ] }.");
        }

        return Output(await ModelOperations.BulkUpdateWhereAsync(session, Map, inputs.GetOrDefault<object?>("filter", null), RecordInput.AsObject(fields, "fields"), inputs.Get<bool>("confirmed"), cancellationToken));
    }
}
