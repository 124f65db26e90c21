namespace DataFlow.Workflows;

/// <summary>
/// A progress event of a run, reported through <see cref="LocalRuntimeOptions.Progress"/> synchronously by the
/// runtime as it starts, skips and completes nodes — in order and never concurrently within one run. A handler
/// must be quick and must not throw.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="NodeId">The node.</param>
/// <param name="NodeType">The node's type name.</param>
/// <param name="Kind">Started, finished, failed or skipped.</param>
/// <param name="Duration">How long the node ran (for finished and failed events).</param>
/// <param name="Error">The failure (for failed events).</param>
public readonly record struct NodeProgress(string RunId, string NodeId, string NodeType, NodeProgressKind Kind, TimeSpan Duration, Exception? Error);
