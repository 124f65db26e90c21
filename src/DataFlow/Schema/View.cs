using System.Text.Json.Serialization;

namespace DataFlow.Schema;

/// <summary>A view or materialized view.</summary>
public sealed record View
{
    /// <summary>The schema (PostgreSQL) or null (SQLite).</summary>
    public string? Schema { get; init; }

    /// <summary>The view name.</summary>
    public required string Name { get; init; }

    /// <summary>True for a PostgreSQL materialized view.</summary>
    public bool IsMaterialized { get; init; }

    /// <summary>The query text as the database reports it.</summary>
    public required string Definition { get; init; }

    /// <summary>The columns the view produces, in order.</summary>
    public required EquatableArray<Column> Columns { get; init; }

    /// <summary>Indexes on a materialized view.</summary>
    public EquatableArray<TableIndex> Indexes { get; init; }

    /// <summary>The view comment.</summary>
    public string? Comment { get; init; }

    /// <summary><c>schema.name</c>, or just the name when there is no schema.</summary>
    [JsonIgnore]
    public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);
}
