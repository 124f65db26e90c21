using System.Text.RegularExpressions;
using DataFlow.Data;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Transactions;

/// <summary><c>TransactionSavepointNode</c>: sets a savepoint <c>name</c> in the run's transaction. Output <c>savepoint</c>.</summary>
internal sealed partial class TransactionSavepointNode(DataConnections data) : Node
{
    private static readonly string[] OutputNames = ["savepoint", "transaction"];

    /// <inheritdoc />
    public override string Description => "Sets a savepoint in the run's transaction.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("name", ParameterType.String) { Required = true, Description = "The savepoint name: letters, digits and '_'." },
        new("transaction", ParameterType.Any) { Description = "Connect from the node after which to set the savepoint." },
    ];

    /// <summary>True: an ordering barrier — it runs after the nodes added before it, and nodes added after it run after the savepoint (see <see cref="Node.OrdersLaterNodes"/>).</summary>
    public override bool OrdersLaterNodes => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <summary>The savepoint name, checked to be a plain identifier (the drivers write it into SQL).</summary>
    public static string Check(string name) =>
        SavepointName().IsMatch(name) ? name : throw DataFlowErrors.InvalidOperationOption("name", $"'{name}' is not a savepoint name", "Use letters, digits and '_', starting with a letter or '_'.");

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = Check(context.Inputs.Get<string>("name"));
        var run = data.Current(context.RunId);
        await using (await run.LendAsync(cancellationToken))
        {
            await run.Transaction.SaveAsync(name, cancellationToken);
        }

        return new NodeOutput([new("savepoint", name), new("transaction", context.RunId)]);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex SavepointName();
}
