namespace DataFlow.Workflows;

/// <summary>A resolved connection: which node's output, which path into it, which input slot it fills.</summary>
internal sealed class InputBinding(int source, int slot, string[] path, NodeParameter? declared, WorkflowConnection connection)
{
    /// <summary>The index of the source node.</summary>
    public int Source { get; } = source;

    /// <summary>The slot of the target node's input values.</summary>
    public int Slot { get; } = slot;

    /// <summary>The output name followed by the path segments.</summary>
    public string[] Path { get; } = path;

    /// <summary>The input's declaration, used to check the arriving value's type; null for undeclared inputs.</summary>
    public NodeParameter? Declared { get; } = declared;

    /// <summary>The connection, for messages.</summary>
    public WorkflowConnection Connection { get; } = connection;
}
