namespace DataFlow.Workflows;

/// <summary>What happened to one node in a run.</summary>
public enum NodeStatus
{
    /// <summary>The node did not run: the run stopped (a failure or cancellation) before its turn.</summary>
    NotRun,

    /// <summary>The node ran and produced its output.</summary>
    Completed,

    /// <summary>The node was skipped: all its inputs come from branches not taken (or from skipped nodes).</summary>
    Skipped,

    /// <summary>The node failed (threw, or its inputs did not arrive as the connections promised).</summary>
    Failed,

    /// <summary>The node was running when the run was cancelled or another node failed, and stopped.</summary>
    Cancelled,
}
