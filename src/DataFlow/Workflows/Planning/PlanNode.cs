namespace DataFlow.Workflows;

/// <summary>Everything the runtime needs to run one node, computed once when the workflow is validated.</summary>
internal sealed class PlanNode
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required string TypeName { get; init; }

    public required Node Node { get; init; }

    /// <summary>The node's input slots.</summary>
    public required ParameterLayout Layout { get; init; }

    /// <summary>The values before connections: given, else default, else <see cref="NodeInputs.Missing"/>. Copied per run.</summary>
    public required object?[] BaseValues { get; init; }

    /// <summary>The connections into the node.</summary>
    public required InputBinding[] Bindings { get; init; }

    /// <summary>Slots of required parameters that only connections fill (checked when some of them were on branches not taken).</summary>
    public required int[] RequiredSlots { get; init; }

    /// <summary>The distinct nodes that read this node's outputs or are implicitly ordered after it (<see cref="Node.OrdersLaterNodes"/>).</summary>
    public required int[] Successors { get; init; }

    /// <summary>The number of distinct nodes this node reads from or is implicitly ordered after.</summary>
    public required int PredecessorCount { get; init; }
}
