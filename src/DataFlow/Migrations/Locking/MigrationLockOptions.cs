namespace DataFlow.Migrations.Locking;

/// <summary>How long to wait for the migration lock, and whom to tell while waiting.</summary>
internal sealed record MigrationLockOptions
{
    /// <summary>The defaults: wait up to 60 seconds.</summary>
    public static MigrationLockOptions Default { get; } = new();

    /// <summary>How long to wait for another process to release the lock before failing with <c>DF-MIG-005</c>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Called once when the lock is busy and the caller starts waiting, with the holder if known (else null).</summary>
    public Action<string?>? OnWaiting { get; init; }
}
