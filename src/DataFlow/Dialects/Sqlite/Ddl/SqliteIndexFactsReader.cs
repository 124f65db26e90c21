using System.Runtime.CompilerServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Derives from a stored <c>CREATE INDEX</c> statement the key rows <c>pragma_index_xinfo</c> would report, the way
/// <c>sqlite3CreateIndex</c> resolves them: a key that is a column name (in any case, quoted or not, in parentheses,
/// with COLLATE) is that column; any other key is an expression. Strict like <see cref="SqliteTableFactsReader"/>:
/// null for any statement shape it does not know.
/// </summary>
internal static class SqliteIndexFactsReader
{
    /// <summary>
    /// Adds the key rows of index <paramref name="index"/> to those of its table, <paramref name="table"/>; false
    /// (and nothing added) when the statement is not fully understood.
    /// </summary>
    public static bool TryRead(SqliteTokenList tokens, string index, SqliteTableFacts table) => TryRead(tokens, index, table, out _);

    /// <summary>
    /// Like <see cref="TryRead(SqliteTokenList, string, SqliteTableFacts)"/>; <paramref name="isPlain"/> tells an
    /// index whose keys are all columns, with no COLLATE and no WHERE: its parsed statement adds nothing to its rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryRead(SqliteTokenList tokens, string index, SqliteTableFacts table, out bool isPlain)
    {
        var rows = table.IndexColumns;
        var first = rows.Count;
        if (Read(tokens, index, table, rows, out isPlain))
        {
            return true;
        }

        rows.RemoveRange(first, rows.Count - first);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Read(SqliteTokenList tokens, string index, SqliteTableFacts table, List<SqliteIndexColumnRow> rows, out bool isPlain)
    {
        isPlain = false;
        if (tokens.HasForeignWhitespace || tokens.Count == 0 || !tokens[0].Is(Create))
        {
            return false;
        }

        // CREATE [UNIQUE] INDEX name ON table (keys) [WHERE predicate]
        var unique = tokens.Count > 1 && tokens[1].Is(Unique);
        var at = unique ? 2 : 1;
        if (!(at + 4 < tokens.Count && tokens[at].Is(SqliteKeyword.Index) && tokens[at + 1].IsName && tokens[at + 2].Is(On)
              && tokens[at + 3].IsName && tokens[at + 4].IsPunctuation('(')))
        {
            return false;
        }

        var open = at + 4;
        var close = tokens.ClosingOf(open);
        var partial = close + 1 < tokens.Count;
        if (close >= tokens.Count || (partial && !(tokens[close + 1].Is(Where) && close + 2 < tokens.Count)))
        {
            return false;
        }

        var (start, seq) = (open + 1, 0);
        isPlain = !partial;
        for (var i = start; i <= close; i++)
        {
            if (i < close && tokens[i].IsPunctuation('('))
            {
                i = tokens.ClosingOf(i);
            }
            else if (i == close || tokens[i].IsPunctuation(','))
            {
                if (!TryReadKey(tokens, start, i, table, out var cid, out var descending))
                {
                    return false;
                }

                isPlain &= cid >= 0 && !HasCollate(tokens, start, i);
                rows.Add(new SqliteIndexColumnRow(index, unique, "c", partial, seq++, cid, cid >= 0 ? table.Columns[cid].Name : null, descending));
                start = i + 1;
            }
        }

        return true;
    }

    private static bool HasCollate(SqliteTokenList tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Is(Collate))
            {
                return true;
            }
        }

        return false;
    }

    // expr [COLLATE name] [ASC|DESC]. SQLite's parse tree keeps neither parentheses nor COLLATE around a column,
    // so both are unwrapped before deciding whether the key is a column (cid) or an expression (-2).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryReadKey(SqliteTokenList tokens, int start, int end, SqliteTableFacts table, out int cid, out bool descending)
    {
        cid = -2;
        descending = end - start > 1 && tokens[end - 1].Is(Desc);
        end -= end - start > 1 && (descending || tokens[end - 1].Is(Asc)) ? 1 : 0;
        while (end - start > 2)
        {
            if (tokens[end - 2].Is(Collate) && tokens[end - 1].IsName)
            {
                end -= 2;
            }
            else if (tokens[start].IsPunctuation('(') && tokens.ClosingOf(start) == end - 1)
            {
                (start, end) = (start + 1, end - 1);
            }
            else
            {
                break;
            }
        }

        if (end - start != 1)
        {
            return end > start;
        }

        // A lone name must be a column (SQLite refuses anything else there); a lone literal is not understood.
        cid = tokens[start].IsName ? table.FindColumn(tokens.ValueOf(tokens[start])) : -1;
        return cid >= 0;
    }
}
