namespace DataFlow.Annotations;

/// <summary>
/// A PostgreSQL sequence, declared on any model class (the scaffold puts them on <c>DatabaseObjects</c>). Identity and
/// serial columns without one get the sequence PostgreSQL would create.
/// </summary>
/// <param name="name">The sequence name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class SequenceAttribute(string name) : Attribute
{
    /// <summary>The sequence name.</summary>
    public string Name { get; } = name;

    /// <summary>The schema; default <c>public</c>.</summary>
    public string? Schema { get; set; }

    /// <summary>The value type: <c>bigint</c> (default), <c>integer</c> or <c>smallint</c>.</summary>
    public string DataType { get; set; } = "bigint";

    /// <summary>The first value.</summary>
    public long StartValue { get; set; } = 1;

    /// <summary>The step.</summary>
    public long Increment { get; set; } = 1;

    /// <summary>The smallest value.</summary>
    public long MinValue { get; set; } = 1;

    /// <summary>The largest value; default the largest of <see cref="DataType"/>.</summary>
    public long MaxValue { get; set; }

    /// <summary>How many values are pre-allocated.</summary>
    public long CacheSize { get; set; } = 1;

    /// <summary>The sequence wraps around.</summary>
    public bool IsCyclic { get; set; }

    /// <summary>The owning column, <c>schema.table.column</c>.</summary>
    public string? OwnedBy { get; set; }

    /// <summary>The sequence backs an identity column.</summary>
    public bool IsIdentity { get; set; }
}
