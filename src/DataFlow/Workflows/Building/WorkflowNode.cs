namespace DataFlow.Workflows;

/// <summary>One node of a built <see cref="Workflow"/>: its id, type name and the parameters it was given.</summary>
public sealed class WorkflowNode
{
    internal WorkflowNode(string id, string type, Node? instance, IReadOnlyDictionary<string, object?> parameters)
    {
        Id = id;
        Type = type;
        Instance = instance;
        Parameters = parameters;
    }

    /// <summary>The node's id, unique in its workflow.</summary>
    public string Id { get; }

    /// <summary>The node type name (resolved in a <see cref="NodeCatalog"/> unless the node was added as a class or instance).</summary>
    public string Type { get; }

    /// <summary>The parameters given when the node was added, as an immutable JSON-like copy.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>The node itself when it was added as a class or instance; null when it is resolved by name.</summary>
    internal Node? Instance { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Type})";
}
