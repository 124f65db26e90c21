using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary><c>{Model}CountNode</c>: the number of rows matching <c>filter</c>, as <c>count</c>.</summary>
internal sealed class ModelCountNode : ModelNode
{
    private static readonly string[] OutputNames = ["count"];
    private static readonly IReadOnlyList<NodeParameter> Declared = [ModelParameters.Filter];

    public ModelCountNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "Count")
    {
    }

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters => Declared;

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken) =>
        new("count", await ModelOperations.CountAsync(session, Map, inputs.GetOrDefault<object?>("filter", null), cancellationToken));
}
