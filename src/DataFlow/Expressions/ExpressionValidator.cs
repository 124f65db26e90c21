using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Expressions;

/// <summary>
/// Checks a syntax tree against a table: resolves columns (exact name, else the one column equal ignoring case),
/// checks functions against the whitelist and infers kinds, so that <c>name + 1</c> or <c>LOWER(price)</c> fail
/// with a position and a fix before any SQL is sent.
/// </summary>
internal sealed class ExpressionValidator
{
    private readonly string _text;
    private readonly Table _table;
    private readonly Dictionary<string, Column> _columns = new(StringComparer.Ordinal);
    private bool _volatile;

    private ExpressionValidator(string text, Table table)
    {
        _text = text;
        _table = table;
    }

    /// <summary>Validates <paramref name="syntax"/> (parsed from <paramref name="text"/>) against <paramref name="table"/>.</summary>
    public static CheckedExpression Check(string text, ExpressionSyntax syntax, Table table)
    {
        var validator = new ExpressionValidator(text, table);
        var kind = validator.Visit(syntax);
        return new CheckedExpression(text, syntax, kind, validator._columns, validator._volatile);
    }

    private ValueKind Visit(ExpressionSyntax node) => node switch
    {
        LiteralSyntax literal => literal.Value switch
        {
            null => ValueKind.Null,
            string => ValueKind.String,
            bool => ValueKind.Boolean,
            _ => ValueKind.Number,
        },
        ColumnSyntax column => ValueKinds.Of(Resolve(column).Type),
        UnarySyntax unary => VisitUnary(unary),
        BinarySyntax binary => VisitBinary(binary),
        IsNullSyntax isNull => VisitIsNull(isNull),
        InSyntax @in => VisitList(@in.Operand, @in.Items, "IN"),
        BetweenSyntax between => VisitList(between.Operand, [between.Low, between.High], "BETWEEN"),
        FunctionSyntax function => VisitFunction(function),
        CaseSyntax @case => VisitCase(@case),
        _ => throw new InvalidOperationException("Unknown syntax node " + node.GetType().Name),
    };

    private ValueKind VisitIsNull(IsNullSyntax isNull)
    {
        Visit(isNull.Operand);
        return ValueKind.Boolean;
    }

    private ValueKind VisitList(ExpressionSyntax operand, IReadOnlyList<ExpressionSyntax> items, string what)
    {
        var kind = Visit(operand);
        foreach (var item in items)
        {
            var itemKind = Visit(item);
            if (!Comparable(kind, operand, itemKind, item))
            {
                throw DataFlowErrors.ExpressionTypeMismatch(_text, item.Position, $"{what} compares {ValueKinds.Describe(kind)} with {ValueKinds.Describe(itemKind)}");
            }
        }

        return ValueKind.Boolean;
    }

    private Column Resolve(ColumnSyntax column)
    {
        if (_columns.TryGetValue(column.Name, out var known))
        {
            return known;
        }

        var found = _table.FindColumn(column.Name);
        if (found is null)
        {
            var ignoringCase = _table.Columns.Where(c => string.Equals(c.Name, column.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            found = ignoringCase.Count == 1 ? ignoringCase[0] : null;
        }

        if (found is null)
        {
            var names = _table.Columns.Select(c => c.Name).ToList();
            throw DataFlowErrors.ExpressionUnknownColumn(_text, column.Position, column.Name, _table.QualifiedName, names, NameSuggester.Suggest(column.Name, names));
        }

        _columns[column.Name] = found;
        return found;
    }

    private ValueKind VisitUnary(UnarySyntax unary)
    {
        var kind = Visit(unary.Operand);
        var wanted = unary.Operator == "NOT" ? ValueKind.Boolean : ValueKind.Number;
        Require(kind, wanted, unary.Operand.Position, unary.Operator == "NOT" ? "NOT" : "unary minus");
        return wanted;
    }

    private ValueKind VisitBinary(BinarySyntax binary)
    {
        var left = Visit(binary.Left);
        var right = Visit(binary.Right);
        switch (binary.Operator)
        {
            case "AND" or "OR":
                Require(left, ValueKind.Boolean, binary.Left.Position, binary.Operator);
                Require(right, ValueKind.Boolean, binary.Right.Position, binary.Operator);
                return ValueKind.Boolean;
            case "||":
                return ValueKind.String;
            case "+" or "-" or "*" or "/" or "%":
                var hint = binary.Operator == "+" ? " (use || to join text)" : string.Empty;
                Require(left, ValueKind.Number, binary.Left.Position, "'" + binary.Operator + "'" + hint);
                Require(right, ValueKind.Number, binary.Right.Position, "'" + binary.Operator + "'" + hint);
                return ValueKind.Number;
            default:
                if (!Comparable(left, binary.Left, right, binary.Right))
                {
                    throw DataFlowErrors.ExpressionTypeMismatch(_text, binary.Position,
                        $"'{binary.Operator}' compares {ValueKinds.Describe(left)} with {ValueKinds.Describe(right)}");
                }

                return ValueKind.Boolean;
        }
    }

    private ValueKind VisitFunction(FunctionSyntax function)
    {
        if (!ExpressionFunctions.All.TryGetValue(function.Name, out var definition))
        {
            throw DataFlowErrors.ExpressionUnknownFunction(_text, function.Position, function.Name,
                ExpressionFunctions.All.Keys, NameSuggester.Suggest(function.Name, ExpressionFunctions.All.Keys));
        }

        var count = function.Arguments.Count;
        if (count < definition.MinArguments || count > definition.MaxArguments)
        {
            throw DataFlowErrors.ExpressionArgumentCount(_text, function.Position, definition, count);
        }

        _volatile |= ExpressionFunctions.IsVolatile(function.Name);
        var kinds = new List<ValueKind>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = Visit(function.Arguments[i]);
            Require(kind, definition.ArgumentKind(i), function.Arguments[i].Position, $"argument {i + 1} of {definition.Signature}");
            kinds.Add(kind);
        }

        return definition.Result != ValueKind.Unknown ? definition.Result
            : function.Name == "NULLIF" ? kinds[0]
            : Common(kinds, function.Arguments, function.Name);
    }

    private ValueKind VisitCase(CaseSyntax @case)
    {
        var operand = @case.Operand is null ? (ValueKind?)null : Visit(@case.Operand);
        var results = new List<ValueKind>();
        var nodes = new List<ExpressionSyntax>();
        foreach (var branch in @case.Branches)
        {
            var when = Visit(branch.When);
            if (operand is null)
            {
                Require(when, ValueKind.Boolean, branch.When.Position, "WHEN of a CASE without operand");
            }
            else if (!Comparable(operand.Value, @case.Operand!, when, branch.When))
            {
                throw DataFlowErrors.ExpressionTypeMismatch(_text, branch.When.Position,
                    $"CASE compares {ValueKinds.Describe(operand.Value)} with {ValueKinds.Describe(when)}");
            }

            results.Add(Visit(branch.Then));
            nodes.Add(branch.Then);
        }

        if (@case.Else is not null)
        {
            results.Add(Visit(@case.Else));
            nodes.Add(@case.Else);
        }

        return Common(results, nodes, "CASE");
    }

    private ValueKind Common(List<ValueKind> kinds, IReadOnlyList<ExpressionSyntax> nodes, string what)
    {
        var common = ValueKind.Null;
        for (var i = 0; i < kinds.Count; i++)
        {
            var kind = kinds[i];
            if (kind is ValueKind.Null)
            {
                continue;
            }

            if (common is ValueKind.Null)
            {
                common = kind;
            }
            else if (kind != common && kind != ValueKind.Unknown && common != ValueKind.Unknown && !IsStringLiteral(nodes[i]))
            {
                throw DataFlowErrors.ExpressionTypeMismatch(_text, nodes[i].Position,
                    $"the values of {what} must have one type, but this one is {ValueKinds.Describe(kind)} and an earlier one {ValueKinds.Describe(common)}");
            }
        }

        return common;
    }

    private static bool Comparable(ValueKind left, ExpressionSyntax leftNode, ValueKind right, ExpressionSyntax rightNode) =>
        left == right || left is ValueKind.Unknown or ValueKind.Null || right is ValueKind.Unknown or ValueKind.Null
        || IsStringLiteral(leftNode) || IsStringLiteral(rightNode);

    private static bool IsStringLiteral(ExpressionSyntax node) => node is LiteralSyntax { Value: string };

    private void Require(ValueKind kind, ValueKind wanted, int position, string what)
    {
        if (!ValueKinds.Fits(kind, wanted))
        {
            throw DataFlowErrors.ExpressionTypeMismatch(_text, position, $"{what} needs {ValueKinds.Describe(wanted)}, but this is {ValueKinds.Describe(kind)}");
        }
    }
}
