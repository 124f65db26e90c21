namespace DataFlow.CodeFirst.Reading;

/// <summary>A class or enum as a reader saw it; the input of <see cref="ModelSchemaBuilder"/>.</summary>
/// <param name="Name">The simple type name.</param>
/// <param name="IsEnum">Whether the type is an enum.</param>
/// <param name="Attributes">The type's attributes.</param>
/// <param name="Properties">Public instance properties in declaration order (classes).</param>
/// <param name="EnumMembers">Members in declaration order (enums).</param>
internal sealed record ModelTypeData(
    string Name,
    bool IsEnum,
    IReadOnlyList<ModelAttributeData> Attributes,
    IReadOnlyList<ModelPropertyData> Properties,
    IReadOnlyList<ModelEnumMemberData> EnumMembers)
{
    /// <summary>The first attribute named <paramref name="name"/>, or null.</summary>
    public ModelAttributeData? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}

/// <summary>An enum member.</summary>
/// <param name="Name">The member name.</param>
/// <param name="Label">The <c>[EnumMember(Value = ...)]</c> label, or null.</param>
/// <param name="Value">The member's numeric value.</param>
internal sealed record ModelEnumMemberData(string Name, string? Label, long Value);
