using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>
/// <c>{Model}UpdateNode</c>: sets <c>fields</c> on the row with the given key — outputs <c>result</c> (the row
/// after), <c>updated</c> (0 or 1) and <c>changes</c> (<c>{ field: { old, new } }</c> for values that changed) — or,
/// with <c>filter</c> and no key, on every matching row (<c>updated</c> is then the row count).
/// </summary>
internal sealed class ModelUpdateNode : ModelNode
{
    private static readonly string[] OutputNames = ["result", "updated", "changes"];

    public ModelUpdateNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "Update") =>
        OwnParameters = [.. KeyParameters("fields", "filter"), Required(ModelParameters.NewValues), ModelParameters.Filter];

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override bool NeedsKey => true;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken)
    {
        var fields = RecordInput.AsObject(inputs["fields"], "fields");
        var hasKey = inputs.ContainsKey("id") || inputs.ContainsKey("key") || Map.Key.Any(k => inputs.ContainsKey(k.Name));
        if (!hasKey && inputs.TryGetValue("filter", out var filter) && filter is not null)
        {
            var count = await ModelOperations.UpdateWhereAsync(session, Map, filter, fields, cancellationToken);
            return new NodeOutput([new("result", null), new("updated", (long)count), new("changes", null)]);
        }

        var outcome = await ModelOperations.UpdateAsync(session, Map, KeyFrom(inputs), fields, cancellationToken);
        return new NodeOutput([new("result", outcome.Record), new("updated", outcome.Found ? 1L : 0L), new("changes", outcome.Changes)]);
    }
}
