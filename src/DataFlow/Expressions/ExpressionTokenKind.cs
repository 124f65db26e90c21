namespace DataFlow.Expressions;

/// <summary>The kinds of token of the expression language.</summary>
internal enum ExpressionTokenKind
{
    /// <summary>The end of the text.</summary>
    End,

    /// <summary>A number: <c>12</c>, <c>0.5</c>, <c>1e3</c>.</summary>
    Number,

    /// <summary>A string in single quotes (<c>''</c> inside is one quote).</summary>
    String,

    /// <summary>A bare or double-quoted name: a column, a function or a keyword.</summary>
    Name,

    /// <summary>An operator or punctuation: <c>+ - * / % || = &lt;&gt; != &lt; &lt;= &gt; &gt;= ( ) ,</c>.</summary>
    Symbol,
}
