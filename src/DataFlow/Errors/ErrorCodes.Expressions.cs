namespace DataFlow;

/// <summary>Expression codes (<c>DF-EXPR-…</c>): the safe expression language of the data nodes.</summary>
public static partial class ErrorCodes
{
    /// <summary>An expression has a syntax error: a character or token the language does not have, or one out of place.</summary>
    public const string ExpressionSyntax = "DF-EXPR-001";

    /// <summary>An expression names a column the table does not have.</summary>
    public const string ExpressionUnknownColumn = "DF-EXPR-002";

    /// <summary>An expression calls a function that is not on the whitelist.</summary>
    public const string ExpressionUnknownFunction = "DF-EXPR-003";

    /// <summary>A function is called with too few or too many arguments.</summary>
    public const string ExpressionArgumentCount = "DF-EXPR-004";

    /// <summary>An operation or function gets a value of the wrong kind (text in arithmetic, a number in AND), or a result does not fit its column.</summary>
    public const string ExpressionTypeMismatch = "DF-EXPR-005";

    /// <summary>An expression is too long or nested too deeply.</summary>
    public const string ExpressionTooComplex = "DF-EXPR-006";
}
