using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace DataFlow.Workflows;

/// <summary>
/// Maps node type names to nodes. <see cref="BuiltIn"/> holds the built-in nodes and is read-only; every other
/// catalog — each <see cref="DataFlowDb"/> has its own (<see cref="DataFlowDb.Nodes"/>) — looks up its own
/// registrations first, then the built-ins. There is no global registry: two databases that each register a
/// <c>UserListNode</c> never see each other's.
/// </summary>
public sealed class NodeCatalog
{
    /// <summary>The name <see cref="CodeNode"/> would have: reserved, since it cannot be created by name.</summary>
    internal const string CodeNodeName = "CodeNode";

    private readonly ConcurrentDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly NodeCatalog? _parent;

    /// <summary>Creates an empty catalog on top of the built-in nodes.</summary>
    public NodeCatalog()
        : this(BuiltIn)
    {
    }

    private NodeCatalog(NodeCatalog? parent) => _parent = parent;

    /// <summary>The built-in nodes (<see cref="SwitchNode"/>, <see cref="DataNode"/>, <see cref="LogNode"/>); read-only.</summary>
    public static NodeCatalog BuiltIn { get; } = CreateBuiltIn();

    /// <summary>Every name this catalog resolves (its own and the built-ins), sorted.</summary>
    public IReadOnlyList<string> Names =>
        _nodes.Keys.Concat(_parent?.Names ?? []).Order(StringComparer.Ordinal).ToList();

    /// <summary>Registers a node class under its <see cref="Node.TypeName"/> or <paramref name="name"/>.</summary>
    /// <exception cref="WorkflowValidationException">The name is taken in this catalog or is a built-in name (<c>DF-WF-018</c>).</exception>
    public NodeCatalog Register<TNode>(string? name = null)
        where TNode : Node, new() => Register(new TNode(), name);

    /// <summary>Registers a node instance (for nodes that need constructor arguments) under its <see cref="Node.TypeName"/> or <paramref name="name"/>.</summary>
    /// <exception cref="WorkflowValidationException">The name is taken in this catalog or is a built-in name (<c>DF-WF-018</c>).</exception>
    public NodeCatalog Register(Node node, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        name ??= node.TypeName;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_parent is null)
        {
            throw DataFlowErrors.BuiltInCatalogIsReadOnly(name);
        }

        if (BuiltIn.Contains(name) || name == CodeNodeName)
        {
            throw DataFlowErrors.NodeTypeAlreadyRegistered(name, builtIn: true);
        }

        if (!_nodes.TryAdd(name, node))
        {
            throw DataFlowErrors.NodeTypeAlreadyRegistered(name, builtIn: false);
        }

        return this;
    }

    /// <summary>Registers <paramref name="node"/> under its type name, replacing this catalog's own node of that name (a re-registered model).</summary>
    /// <exception cref="WorkflowValidationException">The name is a built-in name (<c>DF-WF-018</c>).</exception>
    internal void RegisterOrReplace(Node node)
    {
        if (_parent is null || BuiltIn.Contains(node.TypeName) || node.TypeName == CodeNodeName)
        {
            throw DataFlowErrors.NodeTypeAlreadyRegistered(node.TypeName, builtIn: true);
        }

        _nodes[node.TypeName] = node;
    }

    /// <summary>Finds the node registered as <paramref name="name"/> here or among the built-ins.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out Node? node)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _nodes.TryGetValue(name, out node) || (_parent is not null && _parent.TryGet(name, out node));
    }

    /// <summary>True when <paramref name="name"/> resolves in this catalog.</summary>
    public bool Contains(string name) => TryGet(name, out _);

    private static NodeCatalog CreateBuiltIn()
    {
        var catalog = new NodeCatalog(parent: null);
        foreach (Node node in new Node[] { new SwitchNode(), new DataNode(), new LogNode() })
        {
            catalog._nodes[node.TypeName] = node;
        }

        return catalog;
    }
}
