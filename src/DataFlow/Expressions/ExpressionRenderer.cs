using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Expressions;

/// <summary>
/// Writes a <see cref="CheckedExpression"/> as SQL into a <see cref="SqlBuilder"/>: columns quoted by the dialect
/// from the catalog's spelling, every literal value a parameter (only <c>NULL</c>, <c>TRUE</c>-free keywords and
/// the whitelisted function names are text), every operation parenthesised.
/// </summary>
internal sealed class ExpressionRenderer
{
    private readonly CheckedExpression _expression;
    private readonly SqlBuilder _sql;
    private readonly IExpressionSql _spelling;
    private readonly string? _alias;

    private ExpressionRenderer(CheckedExpression expression, SqlBuilder sql, IExpressionSql spelling, string? alias)
    {
        _expression = expression;
        _sql = sql;
        _spelling = spelling;
        _alias = alias;
    }

    /// <summary>Appends <paramref name="expression"/> to <paramref name="sql"/>.</summary>
    /// <param name="expression">The checked expression.</param>
    /// <param name="sql">The statement being built; its dialect quotes and binds.</param>
    /// <param name="spelling">The dialect's expression spellings.</param>
    /// <param name="alias">A quoted table alias to qualify columns with, or null.</param>
    public static void Render(CheckedExpression expression, SqlBuilder sql, IExpressionSql spelling, string? alias = null) =>
        sql.Append(new ExpressionRenderer(expression, sql, spelling, alias).Write(expression.Syntax, untypedText: true));

    /// <summary>The SQL of <paramref name="expression"/> as a string, its parameters added to <paramref name="sql"/>.</summary>
    public static string ToSql(CheckedExpression expression, SqlBuilder sql, IExpressionSql spelling, string? alias = null) =>
        new ExpressionRenderer(expression, sql, spelling, alias).Write(expression.Syntax, untypedText: true);

    // untypedText: a string literal here takes its type from the context (PostgreSQL 'unknown'), so that
    // comparing or assigning it to an enum, date or UUID column works; elsewhere it is typed text.
    private string Write(ExpressionSyntax node, bool untypedText = false) => node switch
    {
        LiteralSyntax literal => Literal(literal.Value, untypedText),
        ColumnSyntax column => Column(_expression.Columns[column.Name]),
        UnarySyntax { Operator: "NOT" } unary => "(NOT " + Write(unary.Operand) + ")",
        UnarySyntax unary => "(-" + Write(unary.Operand) + ")",
        BinarySyntax { Operator: "||" } binary => "(" + Text(binary.Left) + " || " + Text(binary.Right) + ")",
        BinarySyntax binary => Binary(binary),
        IsNullSyntax isNull => "(" + Write(isNull.Operand) + (isNull.Negated ? " IS NOT NULL)" : " IS NULL)"),
        InSyntax @in => "(" + Write(@in.Operand) + (@in.Negated ? " NOT IN (" : " IN (")
            + string.Join(", ", @in.Items.Select(i => Write(i, untypedText: !IsText(@in.Operand)))) + "))",
        BetweenSyntax between => "(" + Write(between.Operand) + (between.Negated ? " NOT BETWEEN " : " BETWEEN ")
            + Write(between.Low, untypedText: !IsText(between.Operand)) + " AND " + Write(between.High, untypedText: !IsText(between.Operand)) + ")",
        FunctionSyntax function => Function(function),
        CaseSyntax @case => Case(@case),
        _ => throw new InvalidOperationException("Unknown syntax node " + node.GetType().Name),
    };

    private string Literal(object? value, bool untypedText) => value switch
    {
        null => "NULL",
        string text => _sql.Add(new SqlArgument(text, untypedText ? ParameterKind.UntypedText : ParameterKind.Inferred)),
        bool flag => _sql.Add(_spelling.Boolean(flag)),
        _ => _sql.Add(_spelling.Number(value)),
    };

    private string Column(Column column) =>
        _alias is null ? _sql.Dialect.Quote(column.Name) : _alias + "." + _sql.Dialect.Quote(column.Name);

    private string Binary(BinarySyntax binary)
    {
        var comparison = binary.Operator is "=" or "<>" or "<" or "<=" or ">" or ">=";
        var left = Write(binary.Left, untypedText: comparison && !IsText(binary.Right));
        var right = Write(binary.Right, untypedText: comparison && !IsText(binary.Left));
        return "(" + left + " " + binary.Operator + " " + right + ")";
    }

    private string Function(FunctionSyntax function)
    {
        var arguments = function.Arguments.Select(a => Write(a)).ToList();
        return function.Name switch
        {
            "NOW" or "CURRENT_TIMESTAMP" => "CURRENT_TIMESTAMP",
            "ROUND" => _spelling.Round(arguments[0], arguments.Count > 1 ? arguments[1] : null),
            "CONCAT" => _spelling.Concat(function.Arguments.Select((a, i) => IsText(a) ? arguments[i] : _spelling.CastToText(arguments[i])).ToList()),
            "SUBSTRING" or "SUBSTR" => "substr(" + string.Join(", ", arguments) + ")",
            _ => function.Name.ToLowerInvariant() + "(" + string.Join(", ", arguments) + ")",
        };
    }

    private string Case(CaseSyntax @case)
    {
        var text = "(CASE";
        if (@case.Operand is not null)
        {
            text += " " + Write(@case.Operand);
        }

        foreach (var branch in @case.Branches)
        {
            text += " WHEN " + Write(branch.When, untypedText: @case.Operand is not null) + " THEN " + Write(branch.Then);
        }

        if (@case.Else is not null)
        {
            text += " ELSE " + Write(@case.Else);
        }

        return text + " END)";
    }

    // Both engines join text with ||; PostgreSQL has no || for two non-text values, so non-text operands are cast.
    private string Text(ExpressionSyntax node) => IsText(node) ? Write(node) : _spelling.CastToText(Write(node));

    private bool IsText(ExpressionSyntax node) => node switch
    {
        LiteralSyntax { Value: string } => true,
        ColumnSyntax column => ValueKinds.Of(_expression.Columns[column.Name].Type) == ValueKind.String,
        BinarySyntax { Operator: "||" } => true,
        FunctionSyntax { Name: "LOWER" or "UPPER" or "TRIM" or "SUBSTR" or "SUBSTRING" or "CONCAT" } => true,
        _ => false,
    };
}
