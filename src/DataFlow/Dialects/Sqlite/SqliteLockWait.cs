using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Makes SQLite itself wait for a locked database, for the connection's command timeout, through a busy handler
/// (<c>sqlite3_busy_handler</c>). Microsoft.Data.Sqlite only retries a statement that is refused before it starts; two
/// refusals happen inside a statement, where only SQLite's own busy handler can wait: the commit of an autocommit
/// write (it needs the exclusive lock while other processes read; refused, the write is rolled back and reported as
/// "database is locked"), and the check of a pooled connection's cached schema after another process changed it
/// (refused, the statement fails with "no such table" for a table that exists).
/// The handler sleeps as SQLite's own <c>sqlite3_busy_timeout</c> handler does (1 ms growing to 100 ms per retry), and
/// gives up early when the operation running on the thread is cancelled (<see cref="Cancellable"/>), so a cancelled
/// query stops waiting within 100 ms instead of at the timeout.
/// </summary>
internal static class SqliteLockWait
{
    private static readonly int[] Delays = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];
    private static readonly int[] Totals = [0, 1, 3, 8, 18, 33, 53, 78, 103, 128, 178, 228];

    // Kept for the life of the process: SQLite holds a pointer to it.
    private static readonly BusyCallback Callback = OnBusy;
    private static readonly Lazy<(SetBusyHandler Set, IntPtr Callback)> Native = new(Bind);

    [ThreadStatic]
    private static CancellationToken t_cancellation;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyCallback(IntPtr timeoutMilliseconds, int count);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int SetBusyHandler(IntPtr db, IntPtr callback, IntPtr argument);

    /// <summary>Installs the busy handler on <paramref name="connection"/> with its <see cref="SqliteConnection.DefaultTimeout"/> (0 = no limit).</summary>
    public static void Apply(SqliteConnection connection)
    {
        var seconds = connection.DefaultTimeout;
        var milliseconds = seconds <= 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, seconds * 1000L);
        var native = Native.Value;
        native.Set(connection.Handle!.DangerousGetHandle(), native.Callback, milliseconds);
    }

    /// <summary>
    /// Lets <paramref name="cancellationToken"/> end SQLite's waits for a lock in the native calls made on this thread
    /// until the returned scope is disposed (SQLite then returns <c>SQLITE_BUSY</c>).
    /// </summary>
    public static Scope Cancellable(CancellationToken cancellationToken)
    {
        var previous = t_cancellation;
        t_cancellation = cancellationToken;
        return new Scope(previous);
    }

    private static int OnBusy(IntPtr timeoutMilliseconds, int count)
    {
        var timeout = (long)timeoutMilliseconds;
        var delay = count < Delays.Length ? Delays[count] : Delays[^1];
        var prior = count < Delays.Length ? Totals[count] : Totals[^1] + ((long)(count - (Delays.Length - 1)) * Delays[^1]);
        if (prior + delay > timeout)
        {
            delay = (int)Math.Max(0, timeout - prior);
        }

        if (delay <= 0 || t_cancellation.IsCancellationRequested)
        {
            return 0;
        }

        Thread.Sleep(delay);
        return t_cancellation.IsCancellationRequested ? 0 : 1;
    }

    private static (SetBusyHandler, IntPtr) Bind()
    {
        var export = NativeLibrary.GetExport(SqliteEngine.NativeLibraryHandle, "sqlite3_busy_handler");
        return (Marshal.GetDelegateForFunctionPointer<SetBusyHandler>(export), Marshal.GetFunctionPointerForDelegate(Callback));
    }

    /// <summary>Restores the thread's previous cancellation when disposed.</summary>
    public readonly struct Scope(CancellationToken previous) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => t_cancellation = previous;
    }
}
