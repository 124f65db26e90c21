using System.Text.Json.Serialization;

namespace DataFlow.Schema;

/// <summary>A PostgreSQL domain: a base type with optional NOT NULL, default and checks.</summary>
public sealed record DomainType
{
    /// <summary>The schema the domain lives in.</summary>
    public string? Schema { get; init; }

    /// <summary>The domain name.</summary>
    public required string Name { get; init; }

    /// <summary>The base type as the database spells it.</summary>
    public required string RawBaseType { get; init; }

    /// <summary>The base type, provider-neutral.</summary>
    public required LogicalType BaseType { get; init; }

    /// <summary>True when the domain is declared NOT NULL.</summary>
    public bool IsNotNull { get; init; }

    /// <summary>The default expression, or null.</summary>
    public string? Default { get; init; }

    /// <summary>A non-default collation.</summary>
    public string? Collation { get; init; }

    /// <summary>The domain's CHECK constraints.</summary>
    public EquatableArray<CheckConstraint> CheckConstraints { get; init; }

    /// <summary>The domain comment.</summary>
    public string? Comment { get; init; }

    /// <summary><c>schema.name</c>, or just the name when there is no schema.</summary>
    [JsonIgnore]
    public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);
}
