namespace DataFlow.Watch;

/// <summary>The database could not be reached or read while polling; the watcher waits <see cref="RetryIn"/> and tries again.</summary>
public sealed record SchemaWatchFailed : SchemaWatchEvent
{
    /// <summary>The error (its message names the masked URL only).</summary>
    public required DataFlowException Error { get; init; }

    /// <summary>How many attempts in a row have failed, this one included.</summary>
    public required int Attempt { get; init; }

    /// <summary>The wait before the next attempt.</summary>
    public required TimeSpan RetryIn { get; init; }
}
