namespace DataFlow;

/// <summary>
/// An expression (a <c>DataBackfillNode</c> calculation, a <c>where</c>, a <c>field_mapping</c> source) that is not
/// valid: bad syntax, an unknown column or function, wrong arguments or mixed types (<c>DF-EXPR-…</c>).
/// <see cref="Position"/> says where.
/// </summary>
public sealed class DataFlowExpressionException : DataFlowException
{
    internal DataFlowExpressionException(string code, string message, string hint, string expression, int position, string? parameter = null)
        : base(code, message, hint)
    {
        Expression = expression;
        Position = position;
        Parameter = parameter;
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }

    /// <summary>The 0-based offset of the problem in <see cref="Expression"/>.</summary>
    public int Position { get; }

    /// <summary>The node parameter that held the expression (<c>calculation</c>, <c>where</c>), or null.</summary>
    public string? Parameter { get; }

    /// <summary>The same error, naming the parameter that held the expression.</summary>
    internal DataFlowExpressionException In(string parameter) =>
        new(Code, parameter + ": " + Message, Hint ?? string.Empty, Expression, Position, parameter);
}
