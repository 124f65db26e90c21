namespace DataFlow.Workflows;

/// <summary>The kind of a <see cref="NodeProgress"/> event.</summary>
public enum NodeProgressKind
{
    /// <summary>The node starts running.</summary>
    Started,

    /// <summary>The node completed.</summary>
    Finished,

    /// <summary>The node failed.</summary>
    Failed,

    /// <summary>The node was skipped (its inputs come only from branches not taken).</summary>
    Skipped,

    /// <summary>A running node reports a step (<see cref="NodeProgress.Completed"/>, <see cref="NodeProgress.Message"/>).</summary>
    Progress,
}
