using System.Runtime.ExceptionServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Work cut into independent chunks that the calling thread and one pool thread take in turn, each with a worker of
/// its own (a builder, a token list). The calling thread takes chunks until none is left, then waits for the one the
/// pool thread may still be on; if the pool thread starts late, or not at all, the calling thread does everything.
/// A chunk's failure is rethrown on the calling thread once every chunk is done.
/// </summary>
internal sealed class SqliteChunkedWork
{
    private readonly object _gate = new();
    private readonly int _count;
    private int _taken = -1;
    private int _done;
    private ExceptionDispatchInfo? _failure;

    private SqliteChunkedWork(int count) => _count = count;

    /// <summary>Runs <paramref name="work"/> for chunks 0 to <paramref name="count"/> - 1, on this thread and a pool thread.</summary>
    /// <param name="count">The number of chunks.</param>
    /// <param name="caller">The calling thread's worker.</param>
    /// <param name="newHelper">Makes the pool thread's worker (on the pool thread).</param>
    /// <param name="work">Does one chunk with a worker.</param>
    public static void Run<TWorker>(int count, TWorker caller, Func<TWorker> newHelper, Action<TWorker, int> work)
    {
        var chunks = new SqliteChunkedWork(count);
        _ = Task.Run(() => chunks.Take(newHelper(), work), CancellationToken.None);
        chunks.Take(caller, work);
        lock (chunks._gate)
        {
            while (chunks._done < count)
            {
                Monitor.Wait(chunks._gate);
            }
        }

        chunks._failure?.Throw();
    }

    private void Take<TWorker>(TWorker worker, Action<TWorker, int> work)
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref _taken)) < _count)
        {
            try
            {
                work(worker, chunk);
            }
#pragma warning disable CA1031 // Not swallowed: Run rethrows it on the calling thread.
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
    }
}
