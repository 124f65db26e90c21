using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary><c>{Model}ReadNode</c>: one row by primary key. Outputs <c>result</c> (the row or null) and <c>found</c>.</summary>
internal sealed class ModelReadNode : ModelNode
{
    private static readonly string[] OutputNames = ["result", "found"];

    public ModelReadNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "Read") =>
        OwnParameters = [.. KeyParameters("raise_on_not_found", "fields"), ModelParameters.RaiseOnNotFound, ModelParameters.Projection];

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken)
    {
        var key = KeyFrom(inputs);
        var shape = FieldSelection.Parse(Map, inputs.GetOrDefault<object?>("fields", null));
        var record = await ModelOperations.ReadAsync(session, Map, key, shape, cancellationToken);
        if (record is null && inputs.Get<bool>("raise_on_not_found"))
        {
            throw DataFlowErrors.RecordNotFound(Map.Display, KeyValues.Describe(Map, key));
        }

        return new NodeOutput([new("result", record), new("found", record is not null)]);
    }
}
