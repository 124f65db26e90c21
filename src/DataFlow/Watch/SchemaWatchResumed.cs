namespace DataFlow.Watch;

/// <summary>The database could be read again after <see cref="FailedAttempts"/> failed attempts.</summary>
public sealed record SchemaWatchResumed : SchemaWatchEvent
{
    /// <summary>How many attempts in a row had failed.</summary>
    public required int FailedAttempts { get; init; }
}
