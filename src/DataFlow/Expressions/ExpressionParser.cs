using System.Globalization;

namespace DataFlow.Expressions;

/// <summary>
/// Recursive-descent parser of the expression language. Precedence, loosest first: <c>OR</c>, <c>AND</c>,
/// <c>NOT</c>, comparisons, <c>IS [NOT] NULL</c>, <c>[NOT] IN (…)</c> and <c>[NOT] BETWEEN … AND …</c>, <c>||</c>, <c>+ -</c>, <c>* / %</c>, unary minus.
/// Rendering parenthesises every operation, so the database's own precedence never matters.
/// </summary>
internal sealed class ExpressionParser
{
    /// <summary>The longest expression accepted.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The deepest nesting accepted (keeps recursion far from the stack limit).</summary>
    public const int MaxDepth = 64;

    private static readonly string[] Comparisons = ["=", "<>", "!=", "<", "<=", ">", ">="];
    private static readonly string[] Reserved = ["AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "IN", "BETWEEN"];

    private readonly string _text;
    private readonly List<ExpressionToken> _tokens;
    private int _next;
    private int _depth;

    private ExpressionParser(string text)
    {
        _text = text;
        _tokens = ExpressionTokenizer.Tokenize(text);
    }

    /// <summary>Parses <paramref name="text"/> into a syntax tree.</summary>
    /// <exception cref="DataFlowExpressionException">The text is not a valid expression (<c>DF-EXPR-001</c>, <c>DF-EXPR-006</c>).</exception>
    public static ExpressionSyntax Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw DataFlowErrors.ExpressionTooComplex(text, $"it has {text.Length} characters, more than {MaxLength}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw DataFlowErrors.ExpressionSyntax(text, 0, "the expression is empty");
        }

        var parser = new ExpressionParser(text);
        var expression = parser.ParseOr();
        var rest = parser.Peek;
        if (rest.Kind != ExpressionTokenKind.End)
        {
            throw DataFlowErrors.ExpressionSyntax(text, rest.Position, $"{rest.Display} was not expected here (an operator or the end was)");
        }

        return expression;
    }

    private ExpressionToken Peek => _tokens[_next];

    private ExpressionToken Take() => _tokens[_next++];

    private ExpressionSyntax ParseOr()
    {
        Enter();
        var left = ParseAnd();
        while (Peek.IsKeyword("OR"))
        {
            var op = Take();
            left = new BinarySyntax("OR", left, ParseAnd(), op.Position);
        }

        _depth--;
        return left;
    }

    private ExpressionSyntax ParseAnd()
    {
        var left = ParseNot();
        while (Peek.IsKeyword("AND"))
        {
            var op = Take();
            left = new BinarySyntax("AND", left, ParseNot(), op.Position);
        }

        return left;
    }

    private ExpressionSyntax ParseNot()
    {
        if (Peek.IsKeyword("NOT"))
        {
            var op = Take();
            Enter();
            var operand = ParseNot();
            _depth--;
            return new UnarySyntax("NOT", operand, op.Position);
        }

        return ParseComparison();
    }

    private ExpressionSyntax ParseComparison()
    {
        var left = ParseConcat();
        if (Peek.Kind == ExpressionTokenKind.Symbol && Array.IndexOf(Comparisons, Peek.Text) >= 0)
        {
            var op = Take();
            var right = ParseConcat();
            return new BinarySyntax(op.Text == "!=" ? "<>" : op.Text, left, right, op.Position);
        }

        var negated = Peek.IsKeyword("NOT") && (_tokens[_next + 1].IsKeyword("IN") || _tokens[_next + 1].IsKeyword("BETWEEN"));
        if (negated || Peek.IsKeyword("IN") || Peek.IsKeyword("BETWEEN"))
        {
            _next += negated ? 1 : 0;
            return ParseInOrBetween(left, negated);
        }

        if (Peek.IsKeyword("IS"))
        {
            var op = Take();
            var isNot = TakeIf("NOT");
            Expect("NULL", "IS must be followed by NULL or NOT NULL");
            return new IsNullSyntax(left, isNot, op.Position);
        }

        return left;
    }

    private ExpressionSyntax ParseInOrBetween(ExpressionSyntax left, bool negated)
    {
        var op = Take();
        if (op.IsKeyword("BETWEEN"))
        {
            var low = ParseConcat();
            Expect("AND", "BETWEEN needs AND between its bounds");
            return new BetweenSyntax(left, low, ParseConcat(), negated, op.Position);
        }

        Expect("(", "IN must be followed by a list in parentheses");
        var items = new List<ExpressionSyntax>();
        do
        {
            items.Add(ParseConcat());
        }
        while (TakeIf(","));

        Expect(")", "the IN list is not closed");
        return new InSyntax(left, items, negated, op.Position);
    }

    private ExpressionSyntax ParseConcat()
    {
        var left = ParseAdditive();
        while (Peek.IsSymbol("||"))
        {
            var op = Take();
            left = new BinarySyntax("||", left, ParseAdditive(), op.Position);
        }

        return left;
    }

    private ExpressionSyntax ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Peek.IsSymbol("+") || Peek.IsSymbol("-"))
        {
            var op = Take();
            left = new BinarySyntax(op.Text, left, ParseMultiplicative(), op.Position);
        }

        return left;
    }

    private ExpressionSyntax ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Peek.IsSymbol("*") || Peek.IsSymbol("/") || Peek.IsSymbol("%"))
        {
            var op = Take();
            left = new BinarySyntax(op.Text, left, ParseUnary(), op.Position);
        }

        return left;
    }

    private ExpressionSyntax ParseUnary()
    {
        if (Peek.IsSymbol("-") || Peek.IsSymbol("+"))
        {
            var op = Take();
            Enter();
            var operand = ParseUnary();
            _depth--;
            return op.Text == "+" ? operand : new UnarySyntax("-", operand, op.Position);
        }

        return ParsePrimary();
    }

    private ExpressionSyntax ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case ExpressionTokenKind.Number:
                return new LiteralSyntax(ParseNumber(token), token.Position);
            case ExpressionTokenKind.String:
                return new LiteralSyntax(token.Text, token.Position);
            case ExpressionTokenKind.Symbol when token.Text == "(":
                var inner = ParseOr();
                Expect(")", "a '(' is not closed");
                return inner;
            case ExpressionTokenKind.Name when token.Quoted:
                return new ColumnSyntax(token.Text, token.Position);
            case ExpressionTokenKind.Name:
                return ParseName(token);
            default:
                throw DataFlowErrors.ExpressionSyntax(_text, token.Position, $"{token.Display} was not expected here (a value, a column or '(' was)");
        }
    }

    private ExpressionSyntax ParseName(ExpressionToken token)
    {
        var upper = token.Text.ToUpperInvariant();
        switch (upper)
        {
            case "NULL":
                return new LiteralSyntax(null, token.Position);
            case "TRUE" or "FALSE":
                return new LiteralSyntax(upper == "TRUE", token.Position);
            case "CASE":
                return ParseCase(token);
            case "CURRENT_TIMESTAMP":
                return new FunctionSyntax("CURRENT_TIMESTAMP", [], token.Position);
        }

        if (Array.IndexOf(Reserved, upper) >= 0)
        {
            throw DataFlowErrors.ExpressionSyntax(_text, token.Position, $"the keyword {upper} was not expected here (write \"{token.Text}\" in double quotes for a column of that name)");
        }

        if (!Peek.IsSymbol("("))
        {
            return new ColumnSyntax(token.Text, token.Position);
        }

        Take();
        var arguments = new List<ExpressionSyntax>();
        if (!Peek.IsSymbol(")"))
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (TakeIf(","));
        }

        Expect(")", $"the call of {token.Text} is not closed");
        return new FunctionSyntax(upper, arguments, token.Position);
    }

    private CaseSyntax ParseCase(ExpressionToken start)
    {
        Enter();
        var operand = Peek.IsKeyword("WHEN") ? null : ParseOr();
        var branches = new List<CaseBranch>();
        while (Peek.IsKeyword("WHEN"))
        {
            Take();
            var when = ParseOr();
            Expect("THEN", "WHEN … must be followed by THEN");
            branches.Add(new CaseBranch(when, ParseOr()));
        }

        if (branches.Count == 0)
        {
            throw DataFlowErrors.ExpressionSyntax(_text, Peek.Position, "CASE needs at least one WHEN … THEN …");
        }

        var otherwise = TakeIf("ELSE") ? ParseOr() : null;
        Expect("END", "CASE must end with END");
        _depth--;
        return new CaseSyntax(operand, branches, otherwise, start.Position);
    }

    private object ParseNumber(ExpressionToken token)
    {
        var text = token.Text;
        if (text.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(value) ? value : throw DataFlowErrors.ExpressionSyntax(_text, token.Position, "the number is out of range");
        }

        if (!text.Contains('.', StringComparison.Ordinal) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var exact)
            ? exact
            : throw DataFlowErrors.ExpressionSyntax(_text, token.Position, "the number is out of range");
    }

    private bool TakeIf(string symbolOrKeyword)
    {
        var token = Peek;
        if (token.IsSymbol(symbolOrKeyword) || token.IsKeyword(symbolOrKeyword))
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string symbolOrKeyword, string problem)
    {
        if (!TakeIf(symbolOrKeyword))
        {
            throw DataFlowErrors.ExpressionSyntax(_text, Peek.Position, $"{problem}: expected {symbolOrKeyword}, found {Peek.Display}");
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw DataFlowErrors.ExpressionTooComplex(_text, $"it nests deeper than {MaxDepth} levels");
        }
    }
}
