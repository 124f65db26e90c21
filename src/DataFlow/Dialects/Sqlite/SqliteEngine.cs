using System.Reflection;
using System.Runtime.InteropServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Loads the SQLite engine once per process. Prefers the system's <c>libsqlite3.so.0</c> when it is present
/// (Debian ships 3.40, which opens <c>STRICT</c> tables), falling back to the bundled e_sqlite3 (3.35.5).
/// </summary>
internal static class SqliteEngine
{
    private static readonly string[] SystemLibraryNames = ["libsqlite3.so.0", "libsqlite3.so", "libsqlite3.0.dylib", "sqlite3"];
    private static readonly Lazy<string> Loaded = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);
    private static IntPtr _systemLibrary;

    /// <summary>Where the engine came from: <c>system (path)</c> or <c>bundled</c>.</summary>
    public static string Source => Loaded.Value;

    /// <summary>The engine's <c>sqlite_version()</c>.</summary>
    public static string Version
    {
        get
        {
            EnsureInitialized();
            return SQLitePCL.raw.sqlite3_libversion().utf8_to_string();
        }
    }

    /// <summary>Loads the engine if that has not happened yet. Cheap after the first call.</summary>
    public static void EnsureInitialized() => _ = Loaded.Value;

    /// <summary>
    /// The native library the engine runs on, for calling SQLite functions SQLitePCLRaw does not wrap
    /// (tests use <c>sqlite3_trace_v2</c> to count statements).
    /// </summary>
    internal static IntPtr NativeLibraryHandle
    {
        get
        {
            EnsureInitialized();
            return _systemLibrary != IntPtr.Zero
                ? _systemLibrary
                : NativeLibrary.Load("e_sqlite3", typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly, null);
        }
    }

    private static string Initialize()
    {
        var source = "bundled";
        if (Environment.GetEnvironmentVariable("DATAFLOW_SQLITE_BUNDLED") != "1" && TryLoadSystemLibrary(out var handle, out var name))
        {
            var provider = typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly;
            NativeLibrary.SetDllImportResolver(provider, (library, _, _) => library == "e_sqlite3" ? handle : IntPtr.Zero);
            _systemLibrary = handle;
            source = "system (" + name + ")";
        }

        SQLitePCL.Batteries_V2.Init();
        return source;
    }

    private static bool TryLoadSystemLibrary(out IntPtr handle, out string name)
    {
        foreach (var candidate in SystemLibraryNames)
        {
            if (NativeLibrary.TryLoad(candidate, Assembly.GetExecutingAssembly(), DllImportSearchPath.SafeDirectories, out handle))
            {
                name = candidate;
                return true;
            }
        }

        handle = IntPtr.Zero;
        name = string.Empty;
        return false;
    }
}
