using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary><c>{Model}BulkUpsertNode</c>: inserts <c>data</c> or updates the rows with the same primary key (or <c>conflict_on</c> columns), in batches, in one transaction; <c>conflict_resolution</c> <c>update</c> (default), <c>skip</c> or <c>error</c>.</summary>
internal sealed class ModelBulkUpsertNode : ModelBulkNode
{
    public ModelBulkUpsertNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "BulkUpsert") =>
        OwnParameters = [Required(ModelParameters.Records), ModelParameters.BatchSize, ModelParameters.ConflictOn, ModelParameters.Resolution("update")];

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken) =>
        Output(await ModelOperations.BulkInsertAsync(session, Map, new BulkWrite
        {
            Records = RecordInput.AsRecords(inputs["data"], "data"),
            BatchSize = inputs.Get<int>("batch_size"),
            ConflictOn = inputs.GetOrDefault<object?>("conflict_on", null),
            Resolution = ModelParameters.ParseResolution(inputs),
        }, "BulkUpsert", cancellationToken));
}
