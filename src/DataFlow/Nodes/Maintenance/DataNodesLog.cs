using Microsoft.Extensions.Logging;

namespace DataFlow.Nodes.Maintenance;

/// <summary>Source-generated log messages of the data nodes, event ids 4100–4199 (category <c>DataFlow.Workflows</c>).</summary>
internal static partial class DataNodesLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "{NodeId}: backfilled {Table}.{Column}: {Rows} rows in {Batches} batches")]
    public static partial void Backfilled(ILogger logger, string nodeId, string table, string column, long rows, long batches);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "{NodeId}: backfill of {Table}.{Column} resumed at key {Key}")]
    public static partial void BackfillResumed(ILogger logger, string nodeId, string table, string column, string key);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "{NodeId}: copied {Rows} rows from {Source} to {Target} ({Mode}) in {Batches} batches")]
    public static partial void Copied(ILogger logger, string nodeId, string source, string target, string mode, long rows, long batches);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Warning, Message = "{NodeId}: {Failed} of {Checks} validation checks failed: {Failures}")]
    public static partial void ValidationFailed(ILogger logger, string nodeId, int failed, int checks, string failures);

    [LoggerMessage(EventId = 4130, Level = LogLevel.Warning, Message = "{NodeId}: degradation: {Alert}")]
    public static partial void Degraded(ILogger logger, string nodeId, string alert);
}
