using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataFlow.Cli.CodeFirst;

/// <summary>Type syntax spelled the way the model readers share (<c>int</c>, <c>DateTime</c>, <c>Film[]</c>, <c>ICollection&lt;Film&gt;</c>).</summary>
internal static class SourceTypes
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["String"] = "string", ["Int16"] = "short", ["Int32"] = "int", ["Int64"] = "long", ["Single"] = "float",
        ["Double"] = "double", ["Decimal"] = "decimal", ["Boolean"] = "bool", ["Byte"] = "byte",
    };

    /// <summary>The type's name and whether it is nullable (<c>T?</c> or <c>Nullable&lt;T&gt;</c>).</summary>
    public static (string Name, bool IsNullable) Name(TypeSyntax type) => type switch
    {
        NullableTypeSyntax nullable => (Name(nullable.ElementType).Name, true),
        GenericNameSyntax { Identifier.ValueText: "Nullable", TypeArgumentList.Arguments.Count: 1 } generic => (Name(generic.TypeArgumentList.Arguments[0]).Name, true),
        _ => (Spell(type), false),
    };

    private static string Spell(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
        ArrayTypeSyntax array => Spell(array.ElementType) + "[]",
        NullableTypeSyntax nullable => Spell(nullable.ElementType),
        GenericNameSyntax generic => generic.Identifier.ValueText + "<" + string.Join(", ", generic.TypeArgumentList.Arguments.Select(Spell)) + ">",
        QualifiedNameSyntax qualified => Spell(qualified.Right),
        AliasQualifiedNameSyntax alias => Spell(alias.Name),
        IdentifierNameSyntax identifier => Keywords.GetValueOrDefault(identifier.Identifier.ValueText) ?? identifier.Identifier.ValueText,
        _ => type.ToString(),
    };
}
