using System.Runtime.ExceptionServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Counts the pieces of work that the threads of one discovery step finish, keeps the first failure, and lets the
/// calling thread wait until a number of them is done, then rethrow that failure there.
/// </summary>
internal sealed class SqliteWorkTally
{
    private readonly object _gate = new();
    private int _done;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Runs one piece of work on this thread; it counts as done whether it succeeds or fails.</summary>
    public void Run(Action work)
    {
        try
        {
            work();
        }
#pragma warning disable CA1031 // Not swallowed: WaitFor rethrows it on the calling thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
        }
        finally
        {
            lock (_gate)
            {
                _done++;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> pieces are done, then rethrows the first failure, if any.</summary>
    public void WaitFor(int count)
    {
        lock (_gate)
        {
            while (_done < count)
            {
                Monitor.Wait(_gate);
            }
        }

        _failure?.Throw();
    }
}
