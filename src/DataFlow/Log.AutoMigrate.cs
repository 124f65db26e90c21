using Microsoft.Extensions.Logging;

namespace DataFlow;

/// <summary>Log messages of the auto-migration of code-first models (event ids 3900–3909).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3900, Level = LogLevel.Information, Message = "Auto-migration: {Statements} DDL statements applied (up to date by the cheap check: {UpToDate})")]
    public static partial void AutoMigrated(ILogger logger, int statements, bool upToDate);

    [LoggerMessage(EventId = 3901, Level = LogLevel.Warning, Message = "Pending model change not applied automatically: {Path} {Description} (risk {Risk}); apply it with: {Command}")]
    public static partial void AutoMigrationPending(ILogger logger, string path, string description, string risk, string command);
}
