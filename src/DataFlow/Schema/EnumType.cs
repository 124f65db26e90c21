using System.Text.Json.Serialization;

namespace DataFlow.Schema;

/// <summary>A PostgreSQL enum type.</summary>
public sealed record EnumType
{
    /// <summary>The schema the type lives in.</summary>
    public string? Schema { get; init; }

    /// <summary>The type name.</summary>
    public required string Name { get; init; }

    /// <summary>The labels in their declared sort order.</summary>
    public required EquatableArray<string> Values { get; init; }

    /// <summary>The type comment.</summary>
    public string? Comment { get; init; }

    /// <summary><c>schema.name</c>, or just the name when there is no schema.</summary>
    [JsonIgnore]
    public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);
}
