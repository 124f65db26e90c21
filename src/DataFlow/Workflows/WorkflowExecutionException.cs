namespace DataFlow.Workflows;

/// <summary>
/// A workflow run stopped because a node failed (<c>DF-WF-014</c>, the node's exception is the
/// <see cref="Exception.InnerException"/>) or because data did not arrive as the connections promised
/// (<c>DF-WF-010</c>, <c>DF-WF-013</c>, <c>DF-WF-019</c>). <see cref="Result"/> reports what ran before.
/// </summary>
public sealed class WorkflowExecutionException : DataFlowException
{
    internal WorkflowExecutionException(string code, string message, string? hint, string nodeId, WorkflowResult result, Exception? innerException = null)
        : base(code, message, hint, innerException)
    {
        NodeId = nodeId;
        Result = result;
    }

    /// <summary>The node that failed.</summary>
    public string NodeId { get; }

    /// <summary>The run's id.</summary>
    public string RunId => Result.RunId;

    /// <summary>Every node's status: what completed, was skipped, failed, was cancelled or did not run, and the outputs of those that completed.</summary>
    public WorkflowResult Result { get; }
}
