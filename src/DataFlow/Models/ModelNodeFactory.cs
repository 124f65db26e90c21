using DataFlow.Data;
using DataFlow.Nodes;
using DataFlow.Workflows;

namespace DataFlow.Models;

/// <summary>Creates the 11 nodes of a model, in <see cref="ModelNodeNames.Operations"/> order.</summary>
internal static class ModelNodeFactory
{
    public static IReadOnlyList<Node> Create(ModelEntry entry, DataConnections data) =>
    [
        new ModelCreateNode(entry, data), new ModelReadNode(entry, data), new ModelUpdateNode(entry, data),
        new ModelDeleteNode(entry, data), new ModelListNode(entry, data), new ModelUpsertNode(entry, data),
        new ModelCountNode(entry, data), new ModelBulkCreateNode(entry, data), new ModelBulkUpdateNode(entry, data),
        new ModelBulkDeleteNode(entry, data), new ModelBulkUpsertNode(entry, data),
    ];
}
