namespace DataFlow.Annotations;

/// <summary>
/// Stores a C# enum as a PostgreSQL enum type instead of text. The labels are the members'
/// <c>[EnumMember(Value = "...")]</c> values, or their names.
/// </summary>
/// <param name="name">The database type name; default the enum name in snake_case.</param>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
public sealed class DbEnumAttribute(string? name = null) : Attribute
{
    /// <summary>The database type name, or null for the convention.</summary>
    public string? Name { get; } = name;

    /// <summary>The schema of the type; default <c>public</c>.</summary>
    public string? Schema { get; set; }
}
