namespace DataFlow.Safety;

/// <summary>How <see cref="NotNullColumnHandler"/> runs its steps.</summary>
public sealed record NotNullOptions
{
    /// <summary>The default options.</summary>
    public static NotNullOptions Default { get; } = new();

    /// <summary>Rows per backfill batch; each batch is one short transaction.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>
    /// PostgreSQL: how long one DDL statement waits for its table lock (<c>SET LOCAL lock_timeout</c>). Writers queue behind
    /// a waiting DDL, so this bounds their stall.
    /// </summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>PostgreSQL: attempts per DDL statement when the lock timeout expires (a short, growing pause between them).</summary>
    public int LockRetries { get; init; } = 30;

    /// <summary>Backfill passes before NULLs still present are an error (rows inserted with NULL during a pass are filled by the next).</summary>
    public int BackfillPasses { get; init; } = 3;
}
