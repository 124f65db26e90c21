using System.Runtime.ExceptionServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Numbered chunks of work that several threads take in turn (<see cref="TryTake"/>), each reporting it
/// <see cref="Done"/>; <see cref="WaitForAll"/> returns once every chunk taken is done, and rethrows the first
/// failure. A thread that comes late finds nothing left to take and stops.
/// </summary>
internal sealed class SqliteChunkedWork(int chunks)
{
    private readonly object _gate = new();
    private readonly int _chunks = chunks;
    private int _next = -1;
    private int _pending = chunks;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Takes the next chunk; false when none is left.</summary>
    public bool TryTake(out int chunk)
    {
        chunk = Interlocked.Increment(ref _next);
        return chunk < _chunks;
    }

    /// <summary>Records that a chunk failed with <paramref name="exception"/> (the first failure is rethrown).</summary>
    public void Fail(Exception exception) => Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(exception), null);

    /// <summary>Reports a taken chunk done, failed or not.</summary>
    public void Done()
    {
        lock (_gate)
        {
            if (--_pending == 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Waits until every chunk is done, then rethrows the first failure, if any.</summary>
    public void WaitForAll()
    {
        lock (_gate)
        {
            while (_pending > 0)
            {
                Monitor.Wait(_gate);
            }
        }

        _failure?.Throw();
    }
}
