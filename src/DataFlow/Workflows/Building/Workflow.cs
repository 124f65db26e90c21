namespace DataFlow.Workflows;

/// <summary>
/// A validated, immutable workflow, made by <see cref="WorkflowBuilder.Build"/>. Run it with
/// <see cref="LocalRuntime.ExecuteAsync(Workflow, CancellationToken)"/>, as often and as concurrently as needed.
/// </summary>
public sealed class Workflow
{
    private readonly ExecutionPlan? _boundPlan;
    private volatile CachedPlan? _cachedPlan;

    private Workflow(WorkflowNode[] nodes, WorkflowConnection[] connections, ResolvedConnection[] resolved, Dictionary<string, int> indexById, WorkflowGraph graph, NodeCatalog? catalog)
    {
        NodeList = nodes;
        ConnectionList = connections;
        Resolved = resolved;
        IndexById = indexById;
        Graph = graph;
        if (catalog is not null)
        {
            _boundPlan = WorkflowCompiler.Compile(this, catalog, tolerateUnknownTypes: false, out _);
            return;
        }

        // Without a catalog, validate everything now and leave only unknown type names to the runtime's catalog.
        var plan = WorkflowCompiler.Compile(this, NodeCatalog.BuiltIn, tolerateUnknownTypes: true, out var complete);
        _boundPlan = complete ? plan : null;
    }

    /// <summary>The nodes in the order they were added.</summary>
    public IReadOnlyList<WorkflowNode> Nodes => NodeList;

    /// <summary>The connections in the order they were added.</summary>
    public IReadOnlyList<WorkflowConnection> Connections => ConnectionList;

    /// <summary>The node ids in an order where every node follows the nodes it reads from (the sequential run order when the workflow has no ordering barrier, <see cref="Node.OrdersLaterNodes"/>).</summary>
    public IReadOnlyList<string> ExecutionOrder => Array.ConvertAll(Graph.Order, i => NodeList[i].Id);

    internal WorkflowNode[] NodeList { get; }

    internal WorkflowConnection[] ConnectionList { get; }

    /// <summary>Each connection with node indexes and its split output path.</summary>
    internal ResolvedConnection[] Resolved { get; }

    internal Dictionary<string, int> IndexById { get; }

    internal WorkflowGraph Graph { get; }

    internal static Workflow Create(WorkflowNode[] nodes, WorkflowConnection[] connections, ResolvedConnection[] resolved, Dictionary<string, int> indexById, NodeCatalog? catalog) =>
        new(nodes, connections, resolved, indexById, WorkflowGraph.Create(nodes, resolved), catalog);

    /// <summary>The plan bound when the workflow was built, else the plan bound to <paramref name="catalog"/> (compiled once per catalog and cached).</summary>
    /// <exception cref="WorkflowValidationException">A node type is unknown to <paramref name="catalog"/>, or its parameters do not fit it.</exception>
    internal ExecutionPlan GetPlan(NodeCatalog catalog)
    {
        if (_boundPlan is not null)
        {
            return _boundPlan;
        }

        var cached = _cachedPlan;
        if (cached is not null && ReferenceEquals(cached.Catalog, catalog))
        {
            return cached.Plan;
        }

        var plan = WorkflowCompiler.Compile(this, catalog, tolerateUnknownTypes: false, out _);
        _cachedPlan = new CachedPlan(catalog, plan);
        return plan;
    }

    private sealed record CachedPlan(NodeCatalog Catalog, ExecutionPlan Plan);
}
