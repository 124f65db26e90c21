namespace DataFlow.Workflows;

/// <summary>
/// A workflow is not valid: a bad node id, an unknown node type, parameter or connection, a cycle, a missing
/// or mistyped parameter, or a bad workflow file. Thrown before any node runs. <see cref="NodeId"/> and
/// <see cref="Parameter"/> say where, when the problem belongs to one node or parameter.
/// </summary>
public sealed class WorkflowValidationException : DataFlowException
{
    internal WorkflowValidationException(string code, string message, string? hint, string? nodeId = null, string? parameter = null, int? connectionIndex = null, Exception? innerException = null)
        : base(code, message, hint, innerException)
    {
        NodeId = nodeId;
        Parameter = parameter;
        ConnectionIndex = connectionIndex;
    }

    /// <summary>The node the problem belongs to, or null.</summary>
    public string? NodeId { get; }

    /// <summary>The parameter (or input) the problem belongs to, or null.</summary>
    public string? Parameter { get; }

    /// <summary>The position of the offending connection in the order connections were added, or null.</summary>
    public int? ConnectionIndex { get; }

    /// <summary>The same error with <paramref name="location"/> appended to the message (used for workflow files).</summary>
    internal WorkflowValidationException At(string location) =>
        new(Code, $"{Message} (at {location})", Hint, NodeId, Parameter, ConnectionIndex, this);
}
