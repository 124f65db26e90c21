using System.Text;

namespace DataFlow.Expressions;

/// <summary>
/// Splits an expression into tokens. Anything outside the language — semicolons, comments (<c>--</c>, <c>/*</c>),
/// backticks, brackets, parameters (<c>$1</c>, <c>?</c>, <c>:x</c>) — is a <c>DF-EXPR-001</c> error at its position.
/// </summary>
internal static class ExpressionTokenizer
{
    private static readonly string[] TwoCharSymbols = ["||", "<>", "!=", "<=", ">="];
    private const string OneCharSymbols = "+-*/%=<>(),";

    /// <summary>The tokens of <paramref name="text"/>, ending with an <see cref="ExpressionTokenKind.End"/> token.</summary>
    /// <exception cref="DataFlowExpressionException">A character or sequence the language does not have.</exception>
    public static List<ExpressionToken> Tokenize(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c == '\'')
            {
                tokens.Add(ReadQuoted(text, ref i, '\'', ExpressionTokenKind.String));
            }
            else if (c == '"')
            {
                tokens.Add(ReadQuoted(text, ref i, '"', ExpressionTokenKind.Name));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new ExpressionToken(ExpressionTokenKind.Name, text[start..i], start));
            }
            else
            {
                tokens.Add(ReadSymbol(text, ref i));
            }
        }

        tokens.Add(new ExpressionToken(ExpressionTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static ExpressionToken ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var exponent = i + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent >= text.Length || !char.IsAsciiDigit(text[exponent]))
            {
                throw DataFlowErrors.ExpressionSyntax(text, i, "an exponent needs digits (1e3, 2.5E-2)");
            }

            i = exponent;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            throw DataFlowErrors.ExpressionSyntax(text, i, "a number runs into a name; put a space or an operator between them");
        }

        return new ExpressionToken(ExpressionTokenKind.Number, text[start..i], start);
    }

    private static ExpressionToken ReadQuoted(string text, ref int i, char quote, ExpressionTokenKind kind)
    {
        var start = i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                var what = kind == ExpressionTokenKind.String ? "string" : "quoted name";
                throw DataFlowErrors.ExpressionSyntax(text, start, $"the {what} starting here is not closed with {quote}");
            }

            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            value.Append(text[i++]);
        }

        if (kind == ExpressionTokenKind.Name && value.Length == 0)
        {
            throw DataFlowErrors.ExpressionSyntax(text, start, "a quoted name is empty");
        }

        return new ExpressionToken(kind, value.ToString(), start, Quoted: kind == ExpressionTokenKind.Name);
    }

    private static ExpressionToken ReadSymbol(string text, ref int i)
    {
        var start = i;
        if (i + 1 < text.Length)
        {
            var pair = text.Substring(i, 2);
            if (pair is "--" or "/*")
            {
                throw DataFlowErrors.ExpressionSyntax(text, i, "comments are not allowed");
            }

            if (Array.IndexOf(TwoCharSymbols, pair) >= 0)
            {
                i += 2;
                return new ExpressionToken(ExpressionTokenKind.Symbol, pair, start);
            }
        }

        if (OneCharSymbols.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
            return new ExpressionToken(ExpressionTokenKind.Symbol, text[start..i], start);
        }

        var shown = char.IsControl(text[i]) ? $"U+{(int)text[i]:X4}" : text[i].ToString();
        throw DataFlowErrors.ExpressionSyntax(text, i, $"'{shown}' is not part of the expression language");
    }
}
