using System.Text;
using DataFlow.Schema;

namespace DataFlow.CodeFirst;

/// <summary>
/// An index key as the text <c>[Index]</c> takes: a column (or property) name or a parenthesised expression, then
/// optionally <c>COLLATE name</c>, an operator class, <c>ASC</c>/<c>DESC</c> and <c>NULLS FIRST</c>/<c>NULLS LAST</c>.
/// Written by the scaffold, parsed by the model readers.
/// </summary>
internal static class IndexKeyText
{
    /// <summary>The text of <paramref name="key"/>, keywords in upper case (<c>DESC</c>) or, for reports, lower case (<c>desc</c>).</summary>
    public static string Format(IndexKey key, bool upperCaseKeywords = true)
    {
        string Keyword(string word) => upperCaseKeywords ? word : word.ToLowerInvariant();
        var text = new StringBuilder(key.Column ?? "(" + key.Expression + ")");
        if (key.Collation is { } collation)
        {
            text.Append(' ').Append(Keyword("COLLATE")).Append(' ').Append(collation);
        }

        if (key.OperatorClass is { } operatorClass)
        {
            text.Append(' ').Append(operatorClass);
        }

        if (key.IsDescending)
        {
            text.Append(' ').Append(Keyword("DESC"));
        }

        if (key.NullsFirst is { } nullsFirst)
        {
            text.Append(' ').Append(Keyword(nullsFirst ? "NULLS FIRST" : "NULLS LAST"));
        }

        return text.ToString();
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="column"/> resolves the longest leading property or column name.</summary>
    /// <returns>The key, or null when the text starts with neither an expression nor a known name.</returns>
    public static IndexKey? Parse(string text, Func<string, (string Column, int Length)?> column)
    {
        string? columnName = null;
        string? expression = null;
        string rest;
        if (text.StartsWith('('))
        {
            var close = MatchingParenthesis(text);
            if (close < 0)
            {
                return null;
            }

            expression = text[1..close];
            rest = text[(close + 1)..];
        }
        else if (column(text) is { } found)
        {
            columnName = found.Column;
            rest = text[found.Length..];
        }
        else
        {
            return null;
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? collation = null, operatorClass = null;
        var descending = false;
        bool? nullsFirst = null;
        for (var i = 0; i < words.Length; i++)
        {
            switch (words[i].ToUpperInvariant())
            {
                case "COLLATE" when i + 1 < words.Length:
                    collation = words[++i];
                    break;
                case "ASC":
                    break;
                case "DESC":
                    descending = true;
                    break;
                case "NULLS" when i + 1 < words.Length:
                    nullsFirst = words[++i].Equals("FIRST", StringComparison.OrdinalIgnoreCase);
                    break;
                default:
                    operatorClass = words[i];
                    break;
            }
        }

        // NULLS FIRST is the default of DESC and NULLS LAST of ASC: the model keeps only a different choice.
        return new IndexKey
        {
            Column = columnName, Expression = expression, Collation = collation, OperatorClass = operatorClass, IsDescending = descending,
            NullsFirst = nullsFirst == descending ? null : nullsFirst,
        };
    }

    private static int MatchingParenthesis(string text)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
