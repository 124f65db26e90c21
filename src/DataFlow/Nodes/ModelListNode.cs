using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>
/// <c>{Model}ListNode</c>: rows matching <c>filter</c>, ordered, paged and projected. Outputs <c>records</c>,
/// <c>count</c> (records returned; with <c>count_only</c>, all matching rows and no records), <c>limit</c> and <c>offset</c>.
/// </summary>
internal sealed class ModelListNode : ModelNode
{
    private static readonly string[] OutputNames = ["records", "count", "limit", "offset"];
    private static readonly IReadOnlyList<NodeParameter> Declared =
        [ModelParameters.Filter, ModelParameters.Limit, ModelParameters.Offset, ModelParameters.OrderBy, ModelParameters.Projection, ModelParameters.CountOnly];

    public ModelListNode(ModelEntry entry, DataConnections data)
        : base(entry, data, "List")
    {
    }

    /// <inheritdoc />
    protected override IReadOnlyList<NodeParameter> OwnParameters => Declared;

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(DataSession session, NodeInputs inputs, CancellationToken cancellationToken)
    {
        var filter = inputs.GetOrDefault<object?>("filter", null);
        long? limit = inputs.TryGetValue("limit", out var given) && given is not null ? inputs.Get<long>("limit") : null;
        var offset = inputs.Get<long>("offset");
        if (inputs.Get<bool>("count_only"))
        {
            var total = await ModelOperations.CountAsync(session, Map, filter, cancellationToken);
            return new NodeOutput([new("records", Array.Empty<IReadOnlyDictionary<string, object?>>()), new("count", total), new("limit", limit), new("offset", offset)]);
        }

        var query = new ListQuery
        {
            Filter = filter,
            Limit = limit,
            Offset = offset,
            OrderBy = inputs.GetOrDefault<object?>("order_by", null),
            Fields = inputs.GetOrDefault<object?>("fields", null),
        };
        var records = await ModelOperations.ListAsync(session, Map, query, cancellationToken);
        return new NodeOutput([new("records", records), new("count", (long)records.Count), new("limit", limit), new("offset", offset)]);
    }
}
