using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Work cut into independent chunks that the calling thread and one pool thread take in turn, each with a worker of
/// its own (a builder, a token list). The calling thread takes chunks until none is left, then waits for the one the
/// pool thread may still be on; if the pool thread starts late, or not at all, the calling thread does everything.
/// A chunk's failure is rethrown on the calling thread once every chunk is done.
/// </summary>
internal static class SqliteChunkedWork
{
    /// <summary>Runs <paramref name="work"/> for chunks 0 to <paramref name="count"/> - 1, on this thread and a pool thread.</summary>
    /// <param name="count">The number of chunks.</param>
    /// <param name="caller">The calling thread's worker.</param>
    /// <param name="newHelper">Makes the pool thread's worker (on the pool thread).</param>
    /// <param name="work">Does one chunk with a worker.</param>
    public static void Run<TWorker>(int count, TWorker caller, Func<TWorker> newHelper, Action<TWorker, int> work)
    {
        var tally = new SqliteWorkTally();
        var taken = new StrongBox<int>(-1);
        _ = Task.Run(() => Take(count, taken, tally, newHelper(), work), CancellationToken.None);
        Take(count, taken, tally, caller, work);
        tally.WaitFor(count);
    }

    private static void Take<TWorker>(int count, StrongBox<int> taken, SqliteWorkTally tally, TWorker worker, Action<TWorker, int> work)
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref taken.Value)) < count)
        {
            tally.Run(() => work(worker, chunk));
        }
    }
}
