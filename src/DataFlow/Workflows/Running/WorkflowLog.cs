using Microsoft.Extensions.Logging;

namespace DataFlow.Workflows;

/// <summary>Source-generated workflow log messages, event ids 2000–2199 (category <c>DataFlow.Workflows</c>).</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Workflow run {RunId} started: {Nodes} nodes")]
    public static partial void RunStarted(ILogger logger, string runId, int nodes);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Workflow run {RunId} completed: {Completed} nodes completed, {Skipped} skipped in {ElapsedMs:F1} ms")]
    public static partial void RunCompleted(ILogger logger, string runId, int completed, int skipped, double elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Workflow run {RunId} failed at node {NodeId}: {Reason}")]
    public static partial void RunFailed(ILogger logger, string runId, string nodeId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Workflow run {RunId} was cancelled")]
    public static partial void RunCancelled(ILogger logger, string runId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Trace, Message = "Node {NodeId} ({NodeType}) started in run {RunId}")]
    public static partial void NodeStarted(ILogger logger, string nodeId, string nodeType, string runId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Debug, Message = "Node {NodeId} ({NodeType}) completed in {ElapsedMs:F3} ms")]
    public static partial void NodeCompleted(ILogger logger, string nodeId, string nodeType, double elapsedMs);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Debug, Message = "Node {NodeId} ({NodeType}) skipped: its inputs come only from branches not taken")]
    public static partial void NodeSkipped(ILogger logger, string nodeId, string nodeType);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Error, Message = "Node {NodeId} ({NodeType}) failed in run {RunId}")]
    public static partial void NodeFailed(ILogger logger, Exception exception, string nodeId, string nodeType, string runId);

    [LoggerMessage(EventId = 2100, Message = "{NodeId}: {Message} {Input}")]
    public static partial void LogNodeMessage(ILogger logger, LogLevel level, string nodeId, string message, string input);
}
