using System.Text.Json.Serialization;

namespace DataFlow.Schema;

/// <summary>A table or view column.</summary>
public sealed record Column
{
    /// <summary>The column name exactly as the catalog spells it.</summary>
    public required string Name { get; init; }

    /// <summary>1-based position in the table.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The type exactly as the database spells it (<c>character varying(255)</c>, <c>VARCHAR(255)</c>).</summary>
    public required string RawType { get; init; }

    /// <summary>The provider-neutral type.</summary>
    public required LogicalType Type { get; init; }

    /// <summary>True when the column accepts NULL.</summary>
    public bool IsNullable { get; init; }

    /// <summary>The default expression as the database stores it, or null.</summary>
    public string? Default { get; init; }

    /// <summary>How the column is assigned automatically.</summary>
    public IdentityKind Identity { get; init; }

    /// <summary>Whether the column is computed.</summary>
    public GeneratedKind Generated { get; init; }

    /// <summary>The expression of a computed column.</summary>
    public string? GeneratedExpression { get; init; }

    /// <summary>The collation when it differs from the database default.</summary>
    public string? Collation { get; init; }

    /// <summary>The column comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Maximum length of a string or binary column.</summary>
    [JsonIgnore]
    public int? MaxLength => Type.Length;

    /// <summary>Precision of a decimal or date/time column.</summary>
    [JsonIgnore]
    public int? Precision => Type.Precision;

    /// <summary>Scale of a decimal column.</summary>
    [JsonIgnore]
    public int? Scale => Type.Scale;
}
