using Microsoft.Extensions.Logging;

namespace DataFlow;

/// <summary>Log messages of the auto-migration of code-first models (event ids 3900–3909).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3900, Level = LogLevel.Information, Message = "Auto-migration: {Statements} DDL statements applied (up to date by the cheap check: {UpToDate})")]
    public static partial void AutoMigrated(ILogger logger, int statements, bool upToDate);

    [LoggerMessage(EventId = 3901, Level = LogLevel.Warning, Message = "Pending model change not applied automatically: {Path} {Description} (risk {Risk}); apply it with: {Command}")]
    public static partial void AutoMigrationPending(ILogger logger, string path, string description, string risk, string command);

    [LoggerMessage(EventId = 3902, Level = LogLevel.Debug, Message = "Model cache file {Path} not read ({Reason}); the models are read from their classes")]
    public static partial void ModelCacheNotRead(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3903, Level = LogLevel.Warning, Message = "Model cache file {Path} not written ({Reason}); a fresh process reads the models from their classes again (set DataFlowOptions.ModelCacheDirectory to a writable folder, or UseModelCache = false)")]
    public static partial void ModelCacheNotWritten(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3904, Level = LogLevel.Debug, Message = "Model cache folder {Path} not pruned ({Reason}); the next write tries again")]
    public static partial void ModelCacheNotPruned(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3905, Level = LogLevel.Warning, Message = "Model cache folder {Path} not used: {Reason}")]
    public static partial void ModelCacheUntrusted(ILogger logger, string path, string reason);
}
