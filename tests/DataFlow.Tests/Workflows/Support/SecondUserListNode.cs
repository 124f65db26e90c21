using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows.Support;

/// <summary>Another database's "UserListNode": different parameters and output (for catalog isolation).</summary>
public sealed class SecondUserListNode : Node
{
    public override string TypeName => "UserListNode";

    public override IReadOnlyList<NodeParameter> Parameters { get; } = [new("filter", ParameterType.Object)];

    public override IReadOnlyList<string> Outputs { get; } = ["records", "count"];

    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new NodeOutput(new Dictionary<string, object?> { ["records"] = new[] { "linus" }, ["count"] = 1 }));
}
