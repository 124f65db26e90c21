namespace DataFlow.Safety;

/// <summary>How <see cref="ColumnRemovalManager.RemoveAsync"/> runs a plan.</summary>
public sealed record ColumnRemovalOptions
{
    /// <summary>Must be true to change anything: removal is destructive (a dry run needs no confirmation).</summary>
    public bool Confirm { get; init; }

    /// <summary>Return the statements without running any (nothing changes, allowed in existing-schema mode).</summary>
    public bool DryRun { get; init; }

    /// <summary>PostgreSQL: lock timeout of each DDL statement (retried, see <see cref="NotNullOptions.LockTimeout"/>).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>PostgreSQL: attempts per DDL statement.</summary>
    public int LockRetries { get; init; } = 20;
}
