using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary><c>{Model}BulkCreateNode</c>: inserts <c>data</c> in batches, in one transaction; <c>conflict_resolution</c> <c>error</c> (default), <c>skip</c> or <c>update</c>.</summary>
internal sealed class ModelBulkCreateNode : ModelBulkNode
{
    private static readonly IReadOnlyList<NodeParameter> Declared =
        [ModelParameters.Records with { Required = true }, ModelParameters.BatchSize, ModelParameters.ConflictOn, ModelParameters.Resolution("error")];

    public ModelBulkCreateNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "BulkCreate")
    {
    }

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters => Declared;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken) =>
        Output(await ModelOperations.BulkInsertAsync(session, Map, new BulkWrite
        {
            Records = RecordInput.AsRecords(inputs["data"], "data"),
            BatchSize = inputs.Get<int>("batch_size"),
            ConflictOn = inputs.GetOrDefault<object?>("conflict_on", null),
            Resolution = ModelParameters.ParseResolution(inputs),
        }, "BulkCreate", cancellationToken));
}
