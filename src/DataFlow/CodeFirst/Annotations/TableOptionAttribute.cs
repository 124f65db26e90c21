namespace DataFlow.Annotations;

/// <summary>A dialect-specific table fact (see <see cref="Schema.AnnotationNames"/>), e.g. <c>sqlite:strict</c> = <c>true</c>.</summary>
/// <param name="name">The namespaced name.</param>
/// <param name="value">The value.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class TableOptionAttribute(string name, string value) : Attribute
{
    /// <summary>The namespaced name.</summary>
    public string Name { get; } = name;

    /// <summary>The value.</summary>
    public string Value { get; } = value;
}
