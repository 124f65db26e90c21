using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary><c>{Model}DeleteNode</c>: deletes the row with the given key. Outputs <c>result</c> (the deleted row or null) and <c>deleted</c> (0 or 1).</summary>
internal sealed class ModelDeleteNode : ModelNode
{
    private static readonly string[] OutputNames = ["result", "deleted"];

    public ModelDeleteNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "Delete") =>
        OwnParameters = [.. KeyParameters()];

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken)
    {
        var record = await ModelOperations.DeleteAsync(session, Map, KeyFrom(inputs), cancellationToken);
        return new NodeOutput([new("result", record), new("deleted", record is null ? 0L : 1L)]);
    }
}
