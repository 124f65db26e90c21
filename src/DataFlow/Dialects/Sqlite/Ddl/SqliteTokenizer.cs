using System.Text;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Splits SQLite SQL into tokens, following SQLite's own lexical rules: <c>--</c> and <c>/* */</c>
/// comments, identifiers quoted with <c>""</c>, <c>[]</c> or <c>``</c> (a doubled quote escapes itself),
/// <c>''</c> strings, <c>X''</c> blobs, and bare words of letters, digits, <c>_</c>, <c>$</c> and any non-ASCII character.
/// Unterminated quotes and comments run to the end of the text rather than failing.
/// </summary>
internal static class SqliteTokenizer
{
    /// <summary>The tokens of <paramref name="sql"/>, without whitespace and comments.</summary>
    public static List<SqliteToken> Tokenize(string sql)
    {
        var tokens = new List<SqliteToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && At(sql, i + 1) == '-')
            {
                i = SkipTo(sql, i + 2, "\n");
            }
            else if (c == '/' && At(sql, i + 1) == '*')
            {
                i = SkipTo(sql, i + 2, "*/");
            }
            else if (c is '"' or '`' or '[' or '\'')
            {
                var close = c == '[' ? ']' : c;
                var (value, end) = ReadQuoted(sql, i, close, doubled: c != '[');
                tokens.Add(new SqliteToken(c == '\'' ? SqliteTokenKind.String : SqliteTokenKind.QuotedIdentifier, i, end - i, value));
                i = end;
            }
            else if (c is 'x' or 'X' && At(sql, i + 1) == '\'')
            {
                var (_, end) = ReadQuoted(sql, i + 1, '\'', doubled: false);
                tokens.Add(new SqliteToken(SqliteTokenKind.Blob, i, end - i, sql[i..end]));
                i = end;
            }
            else if (IsWordStart(c))
            {
                var end = i + 1;
                while (end < sql.Length && IsWordPart(sql[end]))
                {
                    end++;
                }

                tokens.Add(new SqliteToken(SqliteTokenKind.Word, i, end - i, sql[i..end]));
                i = end;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(sql, i + 1))))
            {
                var end = ReadNumber(sql, i);
                tokens.Add(new SqliteToken(SqliteTokenKind.Number, i, end - i, sql[i..end]));
                i = end;
            }
            else
            {
                var kind = c is '(' or ')' or ',' or ';' or '.' ? SqliteTokenKind.Punctuation : SqliteTokenKind.Other;
                tokens.Add(new SqliteToken(kind, i, 1, c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    private static char At(string sql, int index) => index < sql.Length ? sql[index] : '\0';

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_' || c >= '\u0080';

    private static bool IsWordPart(char c) => IsWordStart(c) || char.IsAsciiDigit(c) || c == '$';

    private static int SkipTo(string sql, int from, string terminator)
    {
        var at = sql.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? sql.Length : at + terminator.Length;
    }

    private static (string Value, int End) ReadQuoted(string sql, int start, char close, bool doubled)
    {
        var value = new StringBuilder();
        var i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == close)
            {
                if (doubled && At(sql, i + 1) == close)
                {
                    value.Append(close);
                    i += 2;
                    continue;
                }

                return (value.ToString(), i + 1);
            }

            value.Append(sql[i]);
            i++;
        }

        return (value.ToString(), sql.Length);
    }

    private static int ReadNumber(string sql, int start)
    {
        var i = start;
        while (i < sql.Length)
        {
            var c = sql[i];
            var exponentSign = c is '+' or '-' && i > start && sql[i - 1] is 'e' or 'E' && !sql[start..i].StartsWith("0x", StringComparison.OrdinalIgnoreCase);
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' || exponentSign))
            {
                break;
            }

            i++;
        }

        return i;
    }
}
