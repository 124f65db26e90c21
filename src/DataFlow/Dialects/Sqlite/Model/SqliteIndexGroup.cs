using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The key rows of one index of a table: a run of the table's index rows, which both sources (the pragma statement's
/// ORDER BY, and the derived rows) list by index name, then key position.
/// </summary>
/// <param name="Rows">All index rows of the table.</param>
/// <param name="Start">The position of the index's first row.</param>
/// <param name="Count">How many key rows the index has.</param>
internal readonly record struct SqliteIndexGroup(IReadOnlyList<SqliteIndexColumnRow> Rows, int Start, int Count)
{
    /// <summary>The index name.</summary>
    public string Name => Rows[Start].IndexName;

    /// <summary>The index's origin (<c>c</c>, <c>u</c> or <c>pk</c>), which every row repeats.</summary>
    public string Origin => Rows[Start].Origin;

    /// <summary>The key row at position <paramref name="index"/>.</summary>
    public SqliteIndexColumnRow this[int index] => Rows[Start + index];

    /// <summary>The runs of <paramref name="rows"/>, one per index, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<SqliteIndexGroup> GroupByIndex(IReadOnlyList<SqliteIndexColumnRow> rows)
    {
        var groups = new List<SqliteIndexGroup>();
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i == rows.Count || rows[i].IndexName != rows[start].IndexName)
            {
                groups.Add(new SqliteIndexGroup(rows, start, i - start));
                start = i;
            }
            else
            {
                Debug.Assert(rows[i].SeqNo > rows[i - 1].SeqNo, "an index's rows come in key order");
            }
        }

        return groups;
    }
}
