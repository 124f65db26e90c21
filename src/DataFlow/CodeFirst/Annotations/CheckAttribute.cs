namespace DataFlow.Annotations;

/// <summary>A CHECK constraint on the table.</summary>
/// <param name="expression">The boolean expression, without the outer <c>CHECK</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class CheckAttribute(string expression) : Attribute
{
    /// <summary>The boolean expression.</summary>
    public string Expression { get; } = expression;

    /// <summary>The constraint name, or null to let the database name it.</summary>
    public string? Name { get; set; }

    /// <summary>PostgreSQL <c>NOT VALID</c>: not checked against existing rows.</summary>
    public bool IsNotValid { get; set; }
}
