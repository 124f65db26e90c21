using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>
/// <c>{Model}BulkDeleteNode</c>: with <c>data</c> (keys, or records holding their key columns) deletes those rows;
/// otherwise every row matching <c>filter</c> (an empty filter needs <c>confirmed: true</c>).
/// </summary>
internal sealed class ModelBulkDeleteNode : ModelBulkNode
{
    private static readonly IReadOnlyList<NodeParameter> Declared =
        [ModelParameters.Records with { Description = "Keys (values, or records holding the key columns)." }, ModelParameters.Filter, ModelParameters.Confirmed, ModelParameters.BatchSize];

    public ModelBulkDeleteNode(ModelEntry entry, Data.DataConnections data)
        : base(entry, data, "BulkDelete")
    {
    }

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters => Declared;

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(Data.DataSession session, NodeInputs inputs, CancellationToken cancellationToken) =>
        inputs.TryGetValue("data", out var data) && data is not null
            ? Output(await ModelOperations.BulkDeleteKeysAsync(session, Map, inputs.Get<IReadOnlyList<object?>>("data"), inputs.Get<int>("batch_size"), cancellationToken))
            : Output(await ModelOperations.BulkDeleteWhereAsync(session, Map, inputs.GetOrDefault<object?>("filter", null), inputs.Get<bool>("confirmed"), cancellationToken));
}
