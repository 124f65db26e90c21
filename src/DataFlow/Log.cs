using Microsoft.Extensions.Logging;

namespace DataFlow;

/// <summary>Source-generated log messages with stable event ids. Never pass an unmasked URL.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Discovering the schema of {Url}")]
    public static partial void DiscoveryStarted(ILogger logger, string url);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Discovered {Tables} tables, {Views} views and {Warnings} warnings in {Url} ({ElapsedMs:F1} ms)")]
    public static partial void DiscoveryFinished(ILogger logger, string url, int tables, int views, int warnings, double elapsedMs);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "SQLite engine {Version} loaded from {Source}")]
    public static partial void SqliteEngineLoaded(ILogger logger, string version, string source);
}
