namespace DataFlow.Annotations;

/// <summary>The column's collation when it is not the database default.</summary>
/// <param name="name">The collation name.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class CollationAttribute(string name) : Attribute
{
    /// <summary>The collation name.</summary>
    public string Name { get; } = name;
}
