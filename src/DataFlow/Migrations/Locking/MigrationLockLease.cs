namespace DataFlow.Migrations.Locking;

/// <summary>
/// A held migration lock. Dispose it to release the lock; a process that dies holding it loses it (PostgreSQL ends
/// the session, the OS drops the SQLite lock file's lock).
/// </summary>
internal sealed class MigrationLockLease : IAsyncDisposable
{
    private Func<ValueTask>? _release;

    public MigrationLockLease(TimeSpan waitTime, bool waited, string? holder, Func<ValueTask> release)
    {
        WaitTime = waitTime;
        Waited = waited;
        Holder = holder;
        _release = release;
    }

    /// <summary>True when another process held the lock and this caller had to wait for it.</summary>
    public bool Waited { get; }

    /// <summary>How long acquiring took (about zero when <see cref="Waited"/> is false).</summary>
    public TimeSpan WaitTime { get; }

    /// <summary>Who held the lock while this caller waited, when the dialect could tell; else null.</summary>
    public string? Holder { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _release, null)?.Invoke() ?? ValueTask.CompletedTask;
}
