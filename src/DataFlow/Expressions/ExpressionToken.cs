namespace DataFlow.Expressions;

/// <summary>One token: its kind, its text (a string's value, a name as written) and where it starts.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The text: a string literal's value without quotes, a quoted name without quotes.</param>
/// <param name="Position">The 0-based offset in the expression.</param>
/// <param name="Quoted">True for a double-quoted name (never a keyword).</param>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Position, bool Quoted = false)
{
    /// <summary>True for the unquoted keyword <paramref name="keyword"/> (case-insensitive).</summary>
    public bool IsKeyword(string keyword) =>
        Kind == ExpressionTokenKind.Name && !Quoted && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(string symbol) => Kind == ExpressionTokenKind.Symbol && Text == symbol;

    /// <summary>How messages show the token.</summary>
    public string Display => Kind switch
    {
        ExpressionTokenKind.End => "the end of the expression",
        ExpressionTokenKind.String => $"the string '{Text}'",
        _ => $"'{Text}'",
    };
}
