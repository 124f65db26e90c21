using DataFlow.Schema;

namespace DataFlow.Models;

/// <summary>A table registered as a model: its name, table, key and generated nodes.</summary>
public sealed record RegisteredModel
{
    /// <summary>The model name (<c>User</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The table as discovered (columns, key, constraints).</summary>
    public required Table Table { get; init; }

    /// <summary>The schema-qualified table name (<c>public.users</c>; just <c>users</c> on SQLite).</summary>
    public string TableName => Table.QualifiedName;

    /// <summary>The primary-key columns in key order; empty when the table has none (then only Create, BulkCreate, List and Count work).</summary>
    public IReadOnlyList<string> KeyColumns => Table.PrimaryKey?.Columns ?? [];

    /// <summary>The generated nodes' type names.</summary>
    public ModelNodeNames Nodes => new(Name);
}
