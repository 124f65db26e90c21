namespace DataFlow.Data.Operations;

/// <summary>A bulk insert or upsert: the records, batch size and what to do on a conflict.</summary>
internal sealed record BulkWrite
{
    /// <summary>The default number of records per statement.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>The records.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<string, object?>> Records { get; init; }

    /// <summary>Records per batch: per multi-row statement (fewer when the engine's parameter limit requires), or per cancellation check of a fast-path run.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>The conflict columns as given (null: the primary key).</summary>
    public object? ConflictOn { get; init; }

    /// <summary>What to do with a record whose conflict columns already exist.</summary>
    public ConflictResolution Resolution { get; init; } = ConflictResolution.Error;
}
