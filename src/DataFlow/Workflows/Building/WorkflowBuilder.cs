namespace DataFlow.Workflows;

/// <summary>
/// Builds a <see cref="Workflow"/>: add nodes (by type name, class or instance) with their parameters, connect
/// outputs to inputs, then <see cref="Build"/>. Parameters may be an anonymous object, an
/// <c>IDictionary&lt;string, object?&gt;</c>, or a <c>JsonElement</c>/<c>JsonNode</c> object, nested values included.
/// </summary>
/// <example>
/// <code>
/// var workflow = new WorkflowBuilder()
///     .AddNode("DataNode", "order", new { data = new { status = "paid", total = 120 } })
///     .AddNode("SwitchNode", "big", new { condition_field = "total", @operator = ">", value = 100 })
///     .AddConnection("order", "result", "big", "input_data");
/// var (results, runId) = await new LocalRuntime().ExecuteAsync(workflow.Build());
/// </code>
/// </example>
public sealed class WorkflowBuilder
{
    private readonly List<WorkflowNode> _nodes = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<WorkflowConnection> _connections = [];
    private readonly List<ResolvedConnection> _resolved = [];
    private readonly NodeCatalog? _catalog;

    /// <summary>
    /// A builder that knows the built-in nodes. Other type names are resolved by the runtime that runs the
    /// workflow (<c>new LocalRuntime(db)</c>), which validates them before any node runs.
    /// </summary>
    public WorkflowBuilder()
    {
    }

    /// <summary>A builder that resolves and validates every type name in <paramref name="catalog"/> when it builds.</summary>
    public WorkflowBuilder(NodeCatalog catalog) => _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>A builder that resolves and validates type names in <paramref name="db"/>'s node catalog, then the built-ins.</summary>
    public WorkflowBuilder(DataFlowDb db)
        : this((db ?? throw new ArgumentNullException(nameof(db))).Nodes)
    {
    }

    /// <summary>Adds a node by type name, e.g. <c>"SwitchNode"</c> or a model node such as <c>"UserListNode"</c>.</summary>
    /// <exception cref="WorkflowValidationException">The id is invalid (<c>DF-WF-002</c>) or taken (<c>DF-WF-001</c>), or the parameters are not an object.</exception>
    public WorkflowBuilder AddNode(string nodeType, string nodeId, object? parameters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeType);
        return Add(nodeId, nodeType, null, parameters);
    }

    /// <summary>Adds a node of class <typeparamref name="TNode"/>.</summary>
    /// <exception cref="WorkflowValidationException">The id is invalid or taken, or the parameters are not an object.</exception>
    public WorkflowBuilder AddNode<TNode>(string nodeId, object? parameters = null)
        where TNode : Node, new() => AddNode(new TNode(), nodeId, parameters);

    /// <summary>Adds a node instance, e.g. a <see cref="CodeNode"/> with its delegate.</summary>
    /// <exception cref="WorkflowValidationException">The id is invalid or taken, or the parameters are not an object.</exception>
    public WorkflowBuilder AddNode(Node node, string nodeId, object? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Add(nodeId, node.TypeName, node, parameters);
    }

    /// <summary>Connects <paramref name="output"/> (an output name or dotted path into it) of one node to an input of another.</summary>
    /// <exception cref="WorkflowValidationException">A node is not in the workflow (<c>DF-WF-004</c>) or the output path is malformed (<c>DF-WF-006</c>).</exception>
    public WorkflowBuilder AddConnection(string fromNode, string output, string toNode, string input)
    {
        ArgumentNullException.ThrowIfNull(fromNode);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(toNode);
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        var connection = new WorkflowConnection(fromNode, output, toNode, input);
        var index = _connections.Count;
        var from = IndexOf(index, connection, "source", fromNode);
        var to = IndexOf(index, connection, "target", toNode);
        var path = ValuePath.Parse(output) ?? throw DataFlowErrors.MalformedOutputPath(index, connection.ToString(), output);
        _connections.Add(connection);
        _resolved.Add(new ResolvedConnection(from, to, path));
        return this;
    }

    /// <summary>
    /// Validates and returns the immutable workflow: connections, cycles, node types, parameters (names, types,
    /// required ones given or connected) and each node's own checks. The execution plan is computed here.
    /// </summary>
    /// <exception cref="WorkflowValidationException">The workflow is not valid; the error names the node and parameter.</exception>
    public Workflow Build() => Workflow.Create([.. _nodes], [.. _connections], [.. _resolved], new Dictionary<string, int>(_ids, StringComparer.Ordinal), _catalog);

    private WorkflowBuilder Add(string nodeId, string nodeType, Node? node, object? parameters)
    {
        NodeIds.Check(nodeId);
        if (_ids.ContainsKey(nodeId))
        {
            throw DataFlowErrors.DuplicateNodeId(nodeId);
        }

        IReadOnlyDictionary<string, object?> normalized;
        try
        {
            normalized = ValueNormalizer.NormalizeObject(parameters);
        }
        catch (ArgumentException e)
        {
            throw DataFlowErrors.InvalidParameterValue(nodeId, "parameters", e.Message.TrimEnd('.'), "Pass parameters as an anonymous object, a dictionary or a JSON object.");
        }

        _ids.Add(nodeId, _nodes.Count);
        _nodes.Add(new WorkflowNode(nodeId, nodeType, node, normalized));
        return this;
    }

    private int IndexOf(int index, WorkflowConnection connection, string end, string nodeId) =>
        _ids.TryGetValue(nodeId, out var node)
            ? node
            : throw DataFlowErrors.UnknownConnectionNode(index, connection.ToString(), end, nodeId, NameSuggester.Suggest(nodeId, _ids.Keys));
}
