namespace DataFlow.Workflows;

/// <summary>One node's part in a run.</summary>
/// <param name="NodeId">The node's id.</param>
/// <param name="NodeType">The node's type name.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Duration">How long it ran (zero unless it ran).</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record NodeRun(string NodeId, string NodeType, NodeStatus Status, TimeSpan Duration, Exception? Error);
