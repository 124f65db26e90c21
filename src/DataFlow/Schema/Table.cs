using System.Text.Json.Serialization;

namespace DataFlow.Schema;

/// <summary>A table with its columns, keys, constraints and indexes.</summary>
public sealed record Table
{
    /// <summary>The schema (PostgreSQL) or null (SQLite, which has one schema per file).</summary>
    public string? Schema { get; init; }

    /// <summary>The table name exactly as the catalog spells it.</summary>
    public required string Name { get; init; }

    /// <summary>The columns in ordinal order.</summary>
    public required EquatableArray<Column> Columns { get; init; }

    /// <summary>The primary key, or null for a table without one.</summary>
    public PrimaryKey? PrimaryKey { get; init; }

    /// <summary>Foreign keys, ordered by name then columns.</summary>
    public EquatableArray<ForeignKey> ForeignKeys { get; init; }

    /// <summary>Unique constraints, ordered by name then columns.</summary>
    public EquatableArray<UniqueConstraint> UniqueConstraints { get; init; }

    /// <summary>Check constraints, ordered by name then expression.</summary>
    public EquatableArray<CheckConstraint> CheckConstraints { get; init; }

    /// <summary>Indexes, ordered by name.</summary>
    public EquatableArray<TableIndex> Indexes { get; init; }

    /// <summary>The table comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Dialect-specific facts, ordered by name (see <see cref="AnnotationNames"/>).</summary>
    public EquatableArray<Annotation> Annotations { get; init; }

    /// <summary><c>schema.name</c>, or just the name when there is no schema.</summary>
    [JsonIgnore]
    public string QualifiedName => SchemaObjectName.Qualify(Schema, Name);

    /// <summary>Finds a column by exact name.</summary>
    public Column? FindColumn(string name)
    {
        foreach (var column in Columns)
        {
            if (string.Equals(column.Name, name, StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }
}
