using System.Data;
using DataFlow.Data;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Transactions;

/// <summary>
/// <c>TransactionScopeNode</c>: opens a transaction for the rest of the run. Model nodes of the run join it. It is an
/// ordering barrier (<see cref="Node.OrdersLaterNodes"/>): nodes added after it run after it without a connection, and
/// it runs after the nodes added before it; a <c>transaction</c> connection also orders a node after it. Isolation level and
/// timeout are applied to the database transaction. When the run ends the transaction, if still open, is committed
/// — or rolled back if the run failed and <c>rollback_on_error</c> is true (the default).
/// </summary>
internal sealed class TransactionScopeNode(DataConnections data) : Node
{
    private static readonly string[] OutputNames = ["transaction"];

    /// <inheritdoc />
    public override string Description => "Opens a transaction that the run's model nodes join.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("isolation_level", ParameterType.String)
        {
            Default = "read_committed",
            AllowedValues = ["read_uncommitted", "read_committed", "repeatable_read", "serializable"],
            Description = "The isolation level (SQLite runs every transaction serializable).",
        },
        new("timeout", ParameterType.Number) { Description = "Seconds a statement (PostgreSQL: also idle time) may take inside the transaction." },
        new("rollback_on_error", ParameterType.Boolean) { Default = true, Description = "Roll back everything the run wrote when a node fails." },
    ];

    /// <summary>True: an ordering barrier — nodes added after it run inside its transaction, after it (see <see cref="Node.OrdersLaterNodes"/>).</summary>
    public override bool OrdersLaterNodes => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isolation = context.Inputs.Get<string>("isolation_level") switch
        {
            "read_uncommitted" => IsolationLevel.ReadUncommitted,
            "repeatable_read" => IsolationLevel.RepeatableRead,
            "serializable" => IsolationLevel.Serializable,
            _ => IsolationLevel.ReadCommitted,
        };
        TimeSpan? timeout = context.Inputs.TryGetValue("timeout", out var seconds) && seconds is not null ? TimeSpan.FromSeconds(context.Inputs.Get<double>("timeout")) : null;
        if (timeout is { } value && value <= TimeSpan.Zero)
        {
            throw DataFlowErrors.InvalidOperationOption("timeout", $"it is {value.TotalSeconds} s", "Use a positive number of seconds.");
        }

        await data.BeginAsync(context.RunId, isolation, timeout, context.Inputs.Get<bool>("rollback_on_error"), cancellationToken);
        return new NodeOutput("transaction", context.RunId);
    }
}
