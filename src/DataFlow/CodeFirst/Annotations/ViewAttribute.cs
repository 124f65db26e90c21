namespace DataFlow.Annotations;

/// <summary>The class maps a view (name from <c>[Table]</c>), not a table.</summary>
/// <param name="definition">The query, as the database reports it.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ViewAttribute(string definition) : Attribute
{
    /// <summary>The query.</summary>
    public string Definition { get; } = definition;

    /// <summary>A PostgreSQL materialized view.</summary>
    public bool IsMaterialized { get; set; }
}
