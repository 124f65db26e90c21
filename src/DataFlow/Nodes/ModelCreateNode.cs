using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary><c>{Model}CreateNode</c>: inserts one record (<c>data</c>, or the columns as parameters) and outputs the stored row as <c>result</c>.</summary>
internal sealed class ModelCreateNode : ModelNode
{
    public ModelCreateNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "Create") =>
        OwnParameters = [ModelParameters.Record, .. ColumnParameters("data")];

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken) =>
        NodeOutput.Result(await ModelOperations.CreateAsync(session, Map, RecordFrom(inputs), cancellationToken));
}
