using DataFlow.CodeFirst.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataFlow.Cli.CodeFirst;

/// <summary>
/// Attribute and initialiser syntax evaluated without a compilation: literals, negative numbers, <c>nameof(X)</c>,
/// enum members (<c>DatabaseGeneratedOption.None</c> → <c>"None"</c>), arrays (<c>new[] { ... }</c>, <c>[ ... ]</c>)
/// and string concatenation. Anything else reads as null.
/// </summary>
internal static class SourceAttributes
{
    /// <summary>The attributes of <paramref name="lists"/> that apply to the declaration itself (no <c>assembly:</c> or <c>return:</c> target).</summary>
    public static List<ModelAttributeData> Read(SyntaxList<AttributeListSyntax> lists) =>
        lists.Where(l => l.Target is null)
            .SelectMany(l => l.Attributes)
            .Select(ReadAttribute)
            .ToList();

    /// <summary>A literal initialiser (<c>= "general"</c>, <c>= 0</c>, <c>= Status.Active</c>); null for anything else (<c>null!</c>, <c>new()</c>).</summary>
    public static ModelInitializer? Initializer(ExpressionSyntax expression, bool isEnum)
    {
        if (isEnum && Unwrap(expression) is MemberAccessExpressionSyntax member)
        {
            return new ModelInitializer(member.Name.Identifier.ValueText, IsEnumMember: true);
        }

        return Unwrap(expression) is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax or BinaryExpressionSyntax &&
               Evaluate(expression) is { } value and not object?[]
            ? new ModelInitializer(value)
            : null;
    }

    /// <summary>A whole-number literal (possibly negative), or null.</summary>
    public static long? Number(ExpressionSyntax expression) => Evaluate(expression) switch
    {
        int i => i,
        long l => l,
        uint u => u,
        short s => s,
        byte b => b,
        _ => null,
    };

    private static ModelAttributeData ReadAttribute(AttributeSyntax attribute)
    {
        var name = Rightmost(attribute.Name);
        if (name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            name = name[..^"Attribute".Length];
        }

        var positional = new List<object?>();
        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in attribute.ArgumentList?.Arguments ?? [])
        {
            if (argument.NameEquals is { } nameEquals)
            {
                named[nameEquals.Name.Identifier.ValueText] = Evaluate(argument.Expression);
            }
            else
            {
                positional.Add(Evaluate(argument.Expression));
            }
        }

        return new ModelAttributeData(name, positional, named);
    }

    private static string Rightmost(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression) => expression switch
    {
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed => Unwrap(suppressed.Operand),
        ParenthesizedExpressionSyntax parenthesized => Unwrap(parenthesized.Expression),
        CastExpressionSyntax cast => Unwrap(cast.Expression),
        _ => expression,
    };

    private static object? Evaluate(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus => Negate(Evaluate(minus.Operand)),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add when Evaluate(add.Left) is string left && Evaluate(add.Right) is string right => left + right,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf =>
            nameOf.ArgumentList.Arguments.Count == 1 ? Rightmost(nameOf.ArgumentList.Arguments[0].Expression) : null,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.Select(Evaluate).ToArray(),
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Select(Evaluate).ToArray(),
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => Evaluate(e.Expression)).ToArray(),
        _ => null,
    };

    private static string Rightmost(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => expression.ToString(),
    };

    private static object? Negate(object? value) => value switch
    {
        int i => -i,
        long l => -l,
        double d => -d,
        float f => -f,
        decimal m => -m,
        _ => null,
    };
}
