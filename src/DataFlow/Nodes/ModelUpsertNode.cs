using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>
/// <c>{Model}UpsertNode</c>: inserts the record, or updates the row with the same primary key (or <c>conflict_on</c>
/// columns). Outputs <c>result</c> (the stored row), <c>created</c> and <c>action</c> (<c>inserted</c>/<c>updated</c>).
/// </summary>
internal sealed class ModelUpsertNode : ModelNode
{
    private static readonly string[] OutputNames = ["result", "created", "action"];

    public ModelUpsertNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "Upsert") =>
        OwnParameters = [ModelParameters.Record, ModelParameters.ConflictOn, .. ColumnParameters("data", "conflict_on")];

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken)
    {
        var outcome = await ModelOperations.UpsertAsync(session, Map, RecordFrom(inputs), inputs.GetOrDefault<object?>("conflict_on", null), cancellationToken);
        return new NodeOutput([new("result", outcome.Record), new("created", outcome.Created), new("action", outcome.Created ? "inserted" : "updated")]);
    }
}
