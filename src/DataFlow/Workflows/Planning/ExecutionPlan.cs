namespace DataFlow.Workflows;

/// <summary>A validated workflow bound to its nodes: per-node plans by index, the roots and the id index. Immutable, shared by runs.</summary>
internal sealed class ExecutionPlan(PlanNode[] nodes, int[] order, int[] roots, IReadOnlyDictionary<string, int> indexById)
{
    /// <summary>The nodes by index (insertion order).</summary>
    public PlanNode[] Nodes { get; } = nodes;

    /// <summary>Node indexes in dependency (topological) order.</summary>
    public int[] Order { get; } = order;

    /// <summary>The nodes without predecessors, in insertion order.</summary>
    public int[] Roots { get; } = roots;

    /// <summary>Node index by id.</summary>
    public IReadOnlyDictionary<string, int> IndexById { get; } = indexById;
}
