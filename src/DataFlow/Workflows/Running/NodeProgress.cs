namespace DataFlow.Workflows;

/// <summary>
/// A progress event of a run, reported through <see cref="LocalRuntimeOptions.Progress"/> synchronously by the
/// runtime as it starts, skips and completes nodes, and for the steps long-running nodes report between their start
/// and end (<see cref="NodeContext.ReportProgress"/>) — in order and never concurrently within one run. A handler
/// must be quick and must not throw.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="NodeId">The node.</param>
/// <param name="NodeType">The node's type name.</param>
/// <param name="Kind">Started, progress, finished, failed or skipped.</param>
/// <param name="Duration">How long the node ran (for finished and failed events).</param>
/// <param name="Error">The failure (for failed events).</param>
public readonly record struct NodeProgress(string RunId, string NodeId, string NodeType, NodeProgressKind Kind, TimeSpan Duration, Exception? Error)
{
    /// <summary>For progress events: the units of work done so far (rows, batches — the node says which in <see cref="Message"/>).</summary>
    public long Completed { get; init; }

    /// <summary>For progress events: the units of work in all, or null when unknown.</summary>
    public long? Total { get; init; }

    /// <summary>For progress events: what the node is doing, in a few words.</summary>
    public string? Message { get; init; }
}
