using Microsoft.Extensions.Logging;

namespace DataFlow;

/// <summary>Log messages of versioned and automatic migrations (event ids 3100–3199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Migration lock acquired (waited: {Waited}, {WaitMs:F0} ms, holder: {Holder})")]
    public static partial void MigrationLockAcquired(ILogger logger, bool waited, double waitMs, string holder);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Applying migration {Label} (transactional: {Transactional}, {Commands} commands)")]
    public static partial void MigrationApplying(ILogger logger, string label, bool transactional, int commands);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Migration {Label} failed: {Error}")]
    public static partial void MigrationFailed(ILogger logger, string label, string error);
}
