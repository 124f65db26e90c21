using System.Runtime.InteropServices;
using DataFlow.Dialects.Sqlite;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>
/// Counts the statements a connection runs, as the engine itself sees them: <c>sqlite3_trace_v2</c> with
/// <c>SQLITE_TRACE_STMT</c>, called straight from the native library (SQLitePCLRaw 2.0.6 does not wrap it).
/// SQLite marks statements run inside another one (the table-valued pragma functions run a nested
/// <c>PRAGMA</c> per row of the outer query) with a leading <c>-- </c>; those are kept apart.
/// </summary>
internal sealed class SqliteStatementTrace : IDisposable
{
    private const uint TraceStatement = 0x01;
    private readonly SqliteConnection _connection;
    private readonly IntPtr _db;
    private readonly TraceV2 _traceV2;
    private readonly TraceCallback _callback;

    private SqliteStatementTrace(SqliteConnection connection)
    {
        _connection = connection;
        _db = connection.Handle!.DangerousGetHandle();
        _traceV2 = Marshal.GetDelegateForFunctionPointer<TraceV2>(NativeLibrary.GetExport(SqliteEngine.NativeLibraryHandle, "sqlite3_trace_v2"));
        _callback = OnTrace;
        Check(_traceV2(_db, TraceStatement, _callback, IntPtr.Zero));
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int TraceV2(IntPtr db, uint mask, TraceCallback? callback, IntPtr context);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int TraceCallback(uint type, IntPtr context, IntPtr statement, IntPtr sql);

    /// <summary>The SQL of each top-level statement run, in order.</summary>
    public List<string> Statements { get; } = [];

    /// <summary>How many statements SQLite ran inside the top-level ones.</summary>
    public int NestedStatements { get; private set; }

    public static SqliteStatementTrace Attach(SqliteConnection connection) => new(connection);

    // Discovery closes the connection when it is done with it, and the trace goes with the handle.
    public void Dispose()
    {
        if (_connection.State == System.Data.ConnectionState.Open)
        {
            Check(_traceV2(_db, 0, null, IntPtr.Zero));
        }
    }

    private static void Check(int resultCode) => Assert.Equal(0, resultCode);

    private int OnTrace(uint type, IntPtr context, IntPtr statement, IntPtr sql)
    {
        var text = Marshal.PtrToStringUTF8(sql) ?? string.Empty;
        if (text.StartsWith("-- ", StringComparison.Ordinal))
        {
            NestedStatements++;
        }
        else
        {
            Statements.Add(text);
        }

        return 0;
    }
}
