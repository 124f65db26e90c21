using System.Runtime.CompilerServices;
using static DataFlow.Dialects.Sqlite.SqliteKeyword;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteTableFactsReader
{
    private static readonly string[] StandardTypes = ["ANY", "BLOB", "INT", "INTEGER", "REAL", "TEXT"];

    // The type is every name token up to a constraint keyword (GENERATED and ALWAYS included: SQLite's grammar
    // takes them for type words), then optionally "(n)" or "(n, m)".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadType(ref ColumnState column)
    {
        var first = _position;
        while (Has() && _tokens[_position].IsName && !EndsType(_tokens[_position].Keyword))
        {
            _position++;
        }

        if (_position == first)
        {
            return !AtPunctuation('(');
        }

        var last = _position - 1;
        if (AtPunctuation('('))
        {
            var close = _tokens.ClosingOf(_position);
            if (close >= _end || !IsTypeArguments(_position + 1, close))
            {
                return false;
            }

            last = close;
            _position = close + 1;
        }

        var text = _tokens.Sql.Slice(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);
        var declared = DeclaredType(text, _tokens.Pool);
        if (declared is null)
        {
            return false;
        }

        (column.Type, column.IsInteger) = declared.Value;
        return true;
    }

    private static bool EndsType(SqliteKeyword keyword) =>
        keyword is Constraint or Default or Null or Not or Primary or Unique or Check or References or Deferrable or Collate or As;

    // signed [, signed], where signed is a number with an optional sign.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsTypeArguments(int from, int to)
    {
        var count = 0;
        var i = from;
        while (true)
        {
            if (i < to && (_tokens[i].IsOther('+') || _tokens[i].IsOther('-')))
            {
                i++;
            }

            if (i >= to || _tokens[i].Kind != SqliteTokenKind.Number)
            {
                return false;
            }

            i++;
            count++;
            if (i == to)
            {
                return count <= 2;
            }

            if (!_tokens[i].IsPunctuation(','))
            {
                return false;
            }

            i++;
        }
    }

    // sqlite3AddColumn: drop a trailing "GENERATED ALWAYS" (which the grammar took for type words), then a standard
    // type name (ANY, BLOB, INT, INTEGER, REAL, TEXT, after one pair of enclosing quotes is removed) is stored as its
    // upper-case spelling and any other type as written, dequoted. Null when the text would not dequote cleanly.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string Type, bool IsInteger)? DeclaredType(ReadOnlySpan<char> text, SqliteStringPool? pool)
    {
        var n = text.Length;
        if (n >= 16 && EndsWithIgnoreCase(text[..n], "ALWAYS"))
        {
            n = TrimEndSpaces(text, n - 6);
            if (n >= 9 && EndsWithIgnoreCase(text[..n], "GENERATED"))
            {
                n = TrimEndSpaces(text, n - 9);
            }
        }

        text = text[..n];
        if (n >= 3)
        {
            text = RemoveEnclosingQuotes(text);
            foreach (var standard in StandardTypes)
            {
                if (System.Text.Ascii.EqualsIgnoreCase(text, standard))
                {
                    return (standard, standard == "INTEGER");
                }
            }
        }

        if (text.Length == 0 || !IsQuote(text[0]))
        {
            return (pool?.Get(text) ?? text.ToString(), false);
        }

        return Dequote(text) is { } type ? (pool?.Get(type) ?? type, false) : null;
    }

    private static bool EndsWithIgnoreCase(ReadOnlySpan<char> text, string suffix) =>
        System.Text.Ascii.EqualsIgnoreCase(text[^suffix.Length..], suffix);

    private static int TrimEndSpaces(ReadOnlySpan<char> text, int length)
    {
        while (length > 0 && IsSpace(text[length - 1]))
        {
            length--;
        }

        return length;
    }

    // sqlite3Isspace.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    // sqlite3Isquote.
    private static bool IsQuote(char c) => c is '"' or '\'' or '`' or '[';

    // sqlite3DequoteToken: drops the first and last character when the first is a quote and no other quote is inside.
    private static ReadOnlySpan<char> RemoveEnclosingQuotes(ReadOnlySpan<char> text) =>
        text.Length >= 2 && IsQuote(text[0]) && !text[1..^1].ContainsAny("\"'`[") ? text[1..^1] : text;

    // sqlite3Dequote of text starting with a quote: read up to its closing quote, doubled ones halved.
    private static string? Dequote(ReadOnlySpan<char> text)
    {
        var close = text[0] == '[' ? ']' : text[0];
        var value = new System.Text.StringBuilder(text.Length);
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != close)
            {
                value.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == close)
            {
                value.Append(close);
                i++;
            }
            else
            {
                return value.ToString();
            }
        }

        return null;
    }
}
