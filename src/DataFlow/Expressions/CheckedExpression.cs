using DataFlow.Schema;

namespace DataFlow.Expressions;

/// <summary>
/// An expression parsed and validated against one table: every column it names exists there (resolved to the
/// catalog's spelling), every function is whitelisted with the right number and kinds of arguments. Only a checked
/// expression can be rendered (<see cref="ExpressionRenderer"/>).
/// </summary>
internal sealed class CheckedExpression
{
    internal CheckedExpression(string text, ExpressionSyntax syntax, ValueKind kind, IReadOnlyDictionary<string, Column> columns, bool isVolatile)
    {
        Text = text;
        Syntax = syntax;
        Kind = kind;
        Columns = columns;
        IsVolatile = isVolatile;
    }

    /// <summary>The expression as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>The syntax tree.</summary>
    public ExpressionSyntax Syntax { get; }

    /// <summary>The inferred kind of the result.</summary>
    public ValueKind Kind { get; }

    /// <summary>The columns it reads, by the name as written (resolved to the table's columns).</summary>
    public IReadOnlyDictionary<string, Column> Columns { get; }

    /// <summary>True when it calls the clock, so two evaluations may differ.</summary>
    public bool IsVolatile { get; }

    /// <summary>True when it reads <paramref name="column"/>.</summary>
    public bool Reads(Column column) => Columns.Values.Any(c => c.Name == column.Name);

    /// <summary>Parses <paramref name="text"/> and validates it against <paramref name="table"/>.</summary>
    /// <exception cref="DataFlowExpressionException">The text is not a valid expression over the table (<c>DF-EXPR-…</c>).</exception>
    public static CheckedExpression Parse(string text, Table table) => ExpressionValidator.Check(text, ExpressionParser.Parse(text), table);
}
