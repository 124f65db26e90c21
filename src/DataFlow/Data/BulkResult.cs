namespace DataFlow.Data;

/// <summary>The counts of a bulk operation.</summary>
public sealed record BulkResult
{
    /// <summary>Records (or keys) given, or rows matched by a filter.</summary>
    public long Processed { get; init; }

    /// <summary>Rows inserted.</summary>
    public long Inserted { get; init; }

    /// <summary>Rows updated.</summary>
    public long Updated { get; init; }

    /// <summary>Rows deleted.</summary>
    public long Deleted { get; init; }

    /// <summary>Records left out: their conflict columns already existed (<c>conflict_resolution: skip</c>), or their key matched no row.</summary>
    public long Skipped { get; init; }

    /// <summary>Batches of up to <c>batch_size</c> records: multi-row statements sent, or batch-size chunks of a COPY or prepared-statement run.</summary>
    public int Batches { get; init; }
}
