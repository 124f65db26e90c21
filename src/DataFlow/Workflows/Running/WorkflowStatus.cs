namespace DataFlow.Workflows;

/// <summary>How a run ended. A cancelled run throws <see cref="OperationCanceledException"/> instead of reporting.</summary>
public enum WorkflowStatus
{
    /// <summary>Every node completed or was skipped.</summary>
    Completed,

    /// <summary>A node failed; see <see cref="WorkflowExecutionException"/>.</summary>
    Failed,
}
