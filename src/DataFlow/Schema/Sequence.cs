using System.Text.Json.Serialization;

namespace DataFlow.Schema;

/// <summary>A PostgreSQL sequence.</summary>
public sealed record Sequence
{
    /// <summary>The schema the sequence lives in.</summary>
    public string? Schema { get; init; }

    /// <summary>The sequence name.</summary>
    public required string Name { get; init; }

    /// <summary>The value type (<c>bigint</c>, <c>integer</c>, <c>smallint</c>).</summary>
    public required string DataType { get; init; }

    /// <summary>The first value.</summary>
    public long StartValue { get; init; }

    /// <summary>The step.</summary>
    public long Increment { get; init; }

    /// <summary>The smallest value.</summary>
    public long MinValue { get; init; }

    /// <summary>The largest value.</summary>
    public long MaxValue { get; init; }

    /// <summary>How many values are pre-allocated.</summary>
    public long CacheSize { get; init; }

    /// <summary>True when the sequence wraps around.</summary>
    public bool IsCyclic { get; init; }

    /// <summary>The column that owns the sequence (<c>schema.table.column</c>), or null.</summary>
    public string? OwnedBy { get; init; }

    /// <summary>True when the sequence backs an identity column (it is then implied by the column).</summary>
    public bool IsIdentity { get; init; }

    /// <summary><c>schema.name</c>, or just the name when there is no schema.</summary>
    [JsonIgnore]
    public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);
}
