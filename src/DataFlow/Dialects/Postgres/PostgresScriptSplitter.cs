namespace DataFlow.Dialects.Postgres;

/// <summary>
/// Splits a PostgreSQL script into statements at the semicolons that end them: semicolons inside string literals
/// (<c>'...'</c>, <c>E'...'</c>), quoted identifiers, dollar-quoted bodies (<c>$$ ... $$</c>, <c>$fn$ ... $fn$</c>)
/// and comments (<c>--</c>, nested <c>/* */</c>) do not count. Pieces holding only comments and whitespace are dropped.
/// </summary>
internal static class PostgresScriptSplitter
{
    /// <summary>The statements of <paramref name="script"/>, each without its final semicolon.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var start = 0;
        var hasCode = false;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                i = SkipLine(script, i);
                continue;
            }

            if (c == '/' && next == '*')
            {
                i = SkipBlockComment(script, i);
                continue;
            }

            if (c == ';')
            {
                Add(statements, script[start..i], hasCode);
                start = i + 1;
                hasCode = false;
                i++;
                continue;
            }

            hasCode |= !char.IsWhiteSpace(c);
            i = c switch
            {
                '\'' => SkipQuoted(script, i, '\'', escapes: i > 0 && (script[i - 1] is 'E' or 'e') && !IsWordChar(script, i - 2)),
                '"' => SkipQuoted(script, i, '"', escapes: false),
                '$' when DollarTag(script, i) is { } tag => SkipDollar(script, i, tag),
                _ => i + 1,
            };
        }

        Add(statements, script[start..], hasCode);
        return statements;
    }

    private static void Add(List<string> statements, string text, bool hasCode)
    {
        if (hasCode)
        {
            statements.Add(text.Trim());
        }
    }

    private static bool IsWordChar(string s, int i) => i >= 0 && (char.IsLetterOrDigit(s[i]) || s[i] == '_');

    private static int SkipLine(string s, int i)
    {
        var end = s.IndexOf('\n', i);
        return end < 0 ? s.Length : end + 1;
    }

    private static int SkipBlockComment(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (s[i] == '*' && i + 1 < s.Length && s[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    private static int SkipQuoted(string s, int i, char quote, bool escapes)
    {
        i++;
        while (i < s.Length)
        {
            if (escapes && s[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (s[i] == quote)
            {
                if (i + 1 < s.Length && s[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return i;
    }

    private static string? DollarTag(string s, int i)
    {
        if (IsWordChar(s, i - 1))
        {
            return null; // $1 parameters and identifiers such as a$b
        }

        var end = i + 1;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] == '_' || (end > i + 1 && char.IsDigit(s[end]))))
        {
            end++;
        }

        return end < s.Length && s[end] == '$' ? s[i..(end + 1)] : null;
    }

    private static int SkipDollar(string s, int i, string tag)
    {
        var end = s.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + tag.Length;
    }
}
