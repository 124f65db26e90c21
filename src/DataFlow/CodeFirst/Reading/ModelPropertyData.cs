namespace DataFlow.CodeFirst.Reading;

/// <summary>One property of a model class as a reader saw it.</summary>
/// <param name="Name">The property name.</param>
/// <param name="TypeName">
/// The property type without nullable marker, spelled as C# would: keywords for built-in types (<c>int</c>,
/// <c>string</c>), simple names otherwise (<c>DateTime</c>, <c>Film</c>), <c>T[]</c> for arrays and <c>ICollection&lt;T&gt;</c>
/// style names for generic collections.
/// </param>
/// <param name="IsNullable">Whether the property accepts null (<c>int?</c>, <c>string?</c>).</param>
/// <param name="Attributes">The property's attributes.</param>
/// <param name="Initializer">The initial value the class gives the property, when a reader could tell it.</param>
internal sealed record ModelPropertyData(string Name, string TypeName, bool IsNullable, IReadOnlyList<ModelAttributeData> Attributes, ModelInitializer? Initializer);

/// <summary>A property initialiser: a literal value (string, number, boolean, or an enum member's name).</summary>
/// <param name="Value">The value.</param>
/// <param name="IsEnumMember">True when <paramref name="Value"/> names a member of the property's enum type.</param>
internal sealed record ModelInitializer(object Value, bool IsEnumMember = false);
