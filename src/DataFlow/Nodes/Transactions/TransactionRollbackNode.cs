using DataFlow.Data;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Transactions;

/// <summary>
/// <c>TransactionRollbackNode</c>: rolls back the run's transaction, or — with <c>savepoint</c> — only what was
/// written since that savepoint (the transaction stays open). Output <c>rolled_back</c>.
/// </summary>
internal sealed class TransactionRollbackNode(DataConnections data) : Node
{
    private static readonly string[] OutputNames = ["rolled_back"];

    /// <inheritdoc />
    public override string Description => "Rolls back the run's transaction or to a savepoint.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("savepoint", ParameterType.String) { Description = "Roll back to this savepoint only." },
        new("transaction", ParameterType.Any) { Description = "Connect from the node after which to roll back." },
    ];

    /// <inheritdoc />
    public override bool AcceptsUndeclaredParameters => true;

    /// <summary>True: an ordering barrier — it runs after the nodes added before it, and nodes added after it run after the rollback (see <see cref="Node.OrdersLaterNodes"/>).</summary>
    public override bool OrdersLaterNodes => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = data.Current(context.RunId);
        if (context.Inputs.TryGetValue("savepoint", out var name) && name is string savepoint)
        {
            await using var session = await run.LendAsync(cancellationToken);
            await run.Transaction.RollbackAsync(TransactionSavepointNode.Check(savepoint), cancellationToken);
        }
        else
        {
            await data.EndAsync(context.RunId, commit: false);
        }

        return new NodeOutput("rolled_back", true);
    }
}
