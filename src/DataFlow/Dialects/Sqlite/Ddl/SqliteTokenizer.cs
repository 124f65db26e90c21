using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Splits SQLite SQL into tokens, following SQLite's own lexical rules: <c>--</c> and <c>/* */</c>
/// comments, identifiers quoted with <c>""</c>, <c>[]</c> or <c>``</c> (a doubled quote escapes itself),
/// <c>''</c> strings, <c>X''</c> blobs, and bare words of letters, digits, <c>_</c>, <c>$</c> and any non-ASCII character.
/// Unterminated quotes and comments run to the end of the text rather than failing. Tokens are positions in
/// the text, and bare words are matched against <see cref="SqliteKeyword"/> here, once, without allocating.
/// </summary>
internal static class SqliteTokenizer
{
    // Keyword spellings by length, upper case; a word is looked up only among those of its own length.
    private static readonly (string Text, SqliteKeyword Keyword)[][] KeywordsByLength = BuildKeywordTable();

    /// <summary>The tokens of <paramref name="sql"/>, without whitespace and comments.</summary>
    public static SqliteTokenList Tokenize(string sql) => Tokenize(sql, new SqliteTokenList());

    /// <summary>Tokenizes <paramref name="sql"/> into <paramref name="tokens"/>, replacing what it held.</summary>
    public static SqliteTokenList Tokenize(string sql, SqliteTokenList tokens)
    {
        tokens.Reset(sql);
        return Scan(tokens);
    }

    /// <summary>
    /// Tokenizes the SQL text whose UTF-8 bytes are <paramref name="utf8"/> (as SQLite stores it) into
    /// <paramref name="tokens"/>, replacing what it held: the same tokens as for the decoded string.
    /// </summary>
    public static SqliteTokenList Tokenize(ReadOnlySpan<byte> utf8, SqliteTokenList tokens)
    {
        tokens.Reset(utf8);
        return Scan(tokens);
    }

    // Splits the text of the list into its tokens.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SqliteTokenList Scan(SqliteTokenList tokens)
    {
        var buffer = tokens.Buffer;
        var sql = tokens.Sql;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                i++;
            }
            else if (IsWordStart(c) && !(c is 'x' or 'X' && At(sql, i + 1) == '\''))
            {
                if (c >= '\u0080' && char.IsWhiteSpace(c))
                {
                    tokens.HasForeignWhitespace = true;
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < sql.Length && IsWordPart(sql[end]))
                {
                    end++;
                }

                tokens.Add(new SqliteToken(buffer, SqliteTokenKind.Word, i, end - i, FindKeyword(sql[i..end])));
                i = end;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && At(sql, i + 1) == '-')
            {
                var newline = sql[(i + 2)..].IndexOf('\n');
                i = newline < 0 ? sql.Length : i + 2 + newline + 1;
            }
            else if (c == '/' && At(sql, i + 1) == '*')
            {
                var close = sql[(i + 2)..].IndexOf("*/", StringComparison.Ordinal);
                i = close < 0 ? sql.Length : i + 2 + close + 2;
            }
            else if (c is '"' or '`' or '[' or '\'')
            {
                var end = SkipQuoted(sql, i, c == '[' ? ']' : c, doubled: c != '[');
                var kind = c == '\'' ? SqliteTokenKind.String : SqliteTokenKind.QuotedIdentifier;
                tokens.Add(new SqliteToken(buffer, kind, i, Math.Abs(end) - i, isUnterminated: end < 0));
                i = Math.Abs(end);
            }
            else if (c is 'x' or 'X')
            {
                var end = Math.Abs(SkipQuoted(sql, i + 1, '\'', doubled: false));
                tokens.Add(new SqliteToken(buffer, SqliteTokenKind.Blob, i, end - i));
                i = end;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(sql, i + 1))))
            {
                var end = ReadNumber(sql, i);
                tokens.Add(new SqliteToken(buffer, SqliteTokenKind.Number, i, end - i));
                i = end;
            }
            else
            {
                var kind = c is '(' or ')' or ',' or ';' or '.' ? SqliteTokenKind.Punctuation : SqliteTokenKind.Other;
                tokens.Add(new SqliteToken(buffer, kind, i, 1));
                i++;
            }
        }

        tokens.PairParentheses();
        return tokens;
    }

    private static char At(ReadOnlySpan<char> sql, int index) => index < sql.Length ? sql[index] : '\0';

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_' || c >= '\u0080';

    private static bool IsWordPart(char c) => IsWordStart(c) || char.IsAsciiDigit(c) || c == '$';

    // The offset after the closing quote; the negated text length when the quote is never closed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SkipQuoted(ReadOnlySpan<char> sql, int start, char close, bool doubled)
    {
        var i = start + 1;
        while (true)
        {
            var found = sql[i..].IndexOf(close);
            if (found < 0)
            {
                return -sql.Length;
            }

            var at = i + found;
            if (doubled && At(sql, at + 1) == close)
            {
                i = at + 2;
                continue;
            }

            return at + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadNumber(ReadOnlySpan<char> sql, int start)
    {
        var hex = start + 1 < sql.Length && sql[start] == '0' && sql[start + 1] is 'x' or 'X';
        var i = start;
        while (i < sql.Length)
        {
            var c = sql[i];
            var exponentSign = c is '+' or '-' && i > start && sql[i - 1] is 'e' or 'E' && !(hex && i - start >= 2);
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' || exponentSign))
            {
                break;
            }

            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SqliteKeyword FindKeyword(ReadOnlySpan<char> word)
    {
        if (word.Length >= KeywordsByLength.Length)
        {
            return SqliteKeyword.None;
        }

        foreach (var (text, keyword) in KeywordsByLength[word.Length])
        {
            if (EqualsAsciiIgnoreCase(word, text))
            {
                return keyword;
            }
        }

        return SqliteKeyword.None;
    }

    // SQLite folds only ASCII letters; for a letter k, (c | 0x20) == (k | 0x20) holds only for c = k in either case.
    private static bool EqualsAsciiIgnoreCase(ReadOnlySpan<char> word, string upperLetters)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if ((word[i] | 0x20) != (upperLetters[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static (string, SqliteKeyword)[][] BuildKeywordTable()
    {
        var keywords = Enum.GetValues<SqliteKeyword>().Where(k => k != SqliteKeyword.None).ToList();
        var table = new (string, SqliteKeyword)[keywords.Max(k => k.ToString().Length) + 1][];
        for (var length = 0; length < table.Length; length++)
        {
            table[length] = keywords.Where(k => k.ToString().Length == length).Select(k => (k.ToString().ToUpperInvariant(), k)).ToArray();
        }

        return table;
    }
}
