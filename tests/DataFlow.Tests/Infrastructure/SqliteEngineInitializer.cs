using System.Runtime.CompilerServices;
using DataFlow.Dialects.Sqlite;

namespace DataFlow.Tests.Infrastructure;

/// <summary>
/// Chooses the SQLite engine once, before any test runs. A test that opens a <c>SqliteConnection</c> directly
/// (without <see cref="SqliteDatabase"/> or DataFlow) would otherwise let Microsoft.Data.Sqlite load the bundled
/// engine first when it happens to run first, and every later test in the process would run on that older engine
/// (no derived SQLite catalog below 3.37): order-dependent failures of the SQLite catalog tests.
/// </summary>
internal static class SqliteEngineInitializer
{
#pragma warning disable CA2255 // A module initializer in a test assembly: the engine must be chosen before any test.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => SqliteEngine.EnsureInitialized();
}
