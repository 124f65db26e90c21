using System.Globalization;
using DataFlow.Expressions;

namespace DataFlow;

/// <summary>Expression errors (<c>DF-EXPR-…</c>): each names the position and shows the expression with a caret.</summary>
internal static partial class DataFlowErrors
{
    private const string Grammar = "Expressions use columns, numbers, 'text', TRUE/FALSE/NULL, + - * / % ||, = <> < <= > >=, AND/OR/NOT, IS [NOT] NULL, [NOT] IN (…), [NOT] BETWEEN … AND …, CASE WHEN … THEN … ELSE … END and the functions " +
        "LOWER UPPER TRIM LENGTH ABS ROUND SUBSTR SUBSTRING CONCAT COALESCE NULLIF NOW CURRENT_TIMESTAMP (see docs/schema-nodes.md).";

    public static DataFlowExpressionException ExpressionSyntax(string expression, int position, string problem) => new(
        ErrorCodes.ExpressionSyntax, $"Syntax error at {Where(position)}: {problem}.{Caret(expression, position)}", Grammar, expression, position);

    public static DataFlowExpressionException ExpressionUnknownColumn(string expression, int position, string column, string table, IEnumerable<string> columns, string? suggestion) => new(
        ErrorCodes.ExpressionUnknownColumn,
        $"'{ClipName(column)}' at {Where(position)} is not a column of {table}.{DidYouMean(suggestion)}{Caret(expression, position)}",
        "Columns: " + string.Join(", ", columns) + ". Write a name that is also a keyword, or has other characters, in double quotes: \"end\".",
        expression, position);

    public static DataFlowExpressionException ExpressionUnknownFunction(string expression, int position, string function, IEnumerable<string> functions, string? suggestion) => new(
        ErrorCodes.ExpressionUnknownFunction,
        $"The function {ClipName(function)} at {Where(position)} is not allowed.{DidYouMean(suggestion)}{Caret(expression, position)}",
        "Allowed functions: " + string.Join(", ", functions.Order(StringComparer.Ordinal)) + ".", expression, position);

    public static DataFlowExpressionException ExpressionArgumentCount(string expression, int position, ExpressionFunction function, int given) => new(
        ErrorCodes.ExpressionArgumentCount,
        $"{function.Name} at {Where(position)} is called with {given} argument{(given == 1 ? string.Empty : "s")}.{Caret(expression, position)}",
        "Call it as " + function.Signature + ".", expression, position);

    public static DataFlowExpressionException ExpressionTypeMismatch(string expression, int position, string problem) => new(
        ErrorCodes.ExpressionTypeMismatch, $"Type mismatch at {Where(position)}: {problem}.{Caret(expression, position)}",
        "Compare and combine values of one kind; COALESCE(x, 0) replaces NULLs, || joins text.", expression, position);

    public static DataFlowExpressionException ExpressionTooComplex(string expression, string problem) => new(
        ErrorCodes.ExpressionTooComplex, $"The expression is too complex: {problem}.",
        $"Keep expressions under {ExpressionParser.MaxLength} characters and {ExpressionParser.MaxDepth} levels of nesting.", ClipText(expression), 0);

    private static string Where(int position) => "character " + (position + 1).ToString(CultureInfo.InvariantCulture);

    // The expression and a caret under the problem, on two more lines (left out for long or multi-line text).
    private static string Caret(string expression, int position) =>
        expression.Length > 200 || expression.Contains('\n', StringComparison.Ordinal)
            ? string.Empty
            : Environment.NewLine + "    " + expression + Environment.NewLine + "    " + new string(' ', Math.Min(position, expression.Length)) + "^";

    private static string ClipName(string name) => name.Length > 80 ? name[..80] + "…" : name;

    private static string ClipText(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
