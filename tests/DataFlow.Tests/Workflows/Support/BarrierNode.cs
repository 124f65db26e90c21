using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows.Support;

/// <summary>An asynchronous ordering barrier (<see cref="Node.OrdersLaterNodes"/>) that accepts any input and returns <c>result</c> = "barrier".</summary>
public sealed class BarrierNode : Node
{
    /// <inheritdoc />
    public override bool OrdersLaterNodes => true;

    /// <inheritdoc />
    public override bool AcceptsUndeclaredParameters => true;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        await Task.Delay(20, cancellationToken);
        return NodeOutput.Result("barrier");
    }
}
