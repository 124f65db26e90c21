namespace DataFlow.Schema;

/// <summary>A table's primary key.</summary>
public sealed record PrimaryKey
{
    /// <summary>The constraint name, or null where the database does not name it (SQLite).</summary>
    public string? Name { get; init; }

    /// <summary>The key columns in key order.</summary>
    public required EquatableArray<string> Columns { get; init; }
}
