using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// One instance per distinct string read from the statements of a database: the same column names, types and
/// defaults recur in thousands of tables, and a schema model that shares them is smaller and faster to build.
/// Not thread-safe; one pool serves one catalog read.
/// </summary>
internal sealed class SqliteStringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool.</summary>
    public SqliteStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>, added on first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> text)
    {
        if (!_lookup.TryGetValue(text, out var pooled))
        {
            pooled = text.ToString();
            _strings.Add(pooled, pooled);
        }

        return pooled;
    }
}
