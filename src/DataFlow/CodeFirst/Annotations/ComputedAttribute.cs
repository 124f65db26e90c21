namespace DataFlow.Annotations;

/// <summary>A generated column: <c>GENERATED ALWAYS AS (expression) STORED</c> (or <c>VIRTUAL</c> on SQLite).</summary>
/// <param name="expression">The expression.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ComputedAttribute(string expression) : Attribute
{
    /// <summary>The expression.</summary>
    public string Expression { get; } = expression;

    /// <summary>True (default) for a stored column, false for a virtual one.</summary>
    public bool IsStored { get; set; } = true;
}
