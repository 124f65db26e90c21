using DataFlow.Data;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow.Nodes;

/// <summary>The outputs every bulk node has: <c>processed</c>, <c>inserted</c>, <c>updated</c>, <c>deleted</c>, <c>skipped</c>, <c>batches</c>.</summary>
internal abstract class ModelBulkNode : ModelNode
{
    private static readonly string[] OutputNames = ["processed", "inserted", "updated", "deleted", "skipped", "batches"];

    protected ModelBulkNode(ModelEntry entry, DataConnections data, string operation)
        : base(entry, data, operation)
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    protected static NodeOutput Output(BulkResult result) => new(
    [
        new("processed", result.Processed), new("inserted", result.Inserted), new("updated", result.Updated),
        new("deleted", result.Deleted), new("skipped", result.Skipped), new("batches", (long)result.Batches),
    ]);
}
