using DataFlow.Data;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Transactions;

/// <summary><c>TransactionCommitNode</c>: commits the run's open transaction. Output <c>committed</c>.</summary>
internal sealed class TransactionCommitNode(DataConnections data) : Node
{
    private static readonly string[] OutputNames = ["committed"];

    /// <inheritdoc />
    public override string Description => "Commits the run's transaction.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } = [new("transaction", ParameterType.Any) { Description = "Connect from the last node that must run inside the transaction." }];

    /// <inheritdoc />
    public override bool AcceptsUndeclaredParameters => true;

    /// <summary>True: an ordering barrier — it runs after the nodes added before it, and nodes added after it run after the commit (see <see cref="Node.OrdersLaterNodes"/>).</summary>
    public override bool OrdersLaterNodes => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ = data.Current(context.RunId);
        await data.EndAsync(context.RunId, commit: true);
        return new NodeOutput("committed", true);
    }
}
