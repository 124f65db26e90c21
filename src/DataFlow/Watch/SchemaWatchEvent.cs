namespace DataFlow.Watch;

/// <summary>
/// Something <see cref="DataFlowDb.WatchSchemaAsync"/> reports: <see cref="ModelsRegenerated"/> (the first scaffold
/// and every schema change), <see cref="SchemaWatchFailed"/> (the database could not be read; retrying) and
/// <see cref="SchemaWatchResumed"/> (it can be read again).
/// </summary>
public abstract record SchemaWatchEvent
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }
}
