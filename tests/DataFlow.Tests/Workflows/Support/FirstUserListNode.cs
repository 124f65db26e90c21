using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows.Support;

/// <summary>One database's idea of "UserListNode" (for catalog isolation).</summary>
public sealed class FirstUserListNode : Node
{
    public override string TypeName => "UserListNode";

    public override IReadOnlyList<NodeParameter> Parameters { get; } = [new("limit", ParameterType.Integer) { Default = 10L }];

    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NodeOutput.Result(new[] { "ada", "grace" }.Take(context.Inputs.Get<int>("limit")).ToList()));
}
