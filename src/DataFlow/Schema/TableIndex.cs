namespace DataFlow.Schema;

/// <summary>
/// An index created with CREATE INDEX. Indexes that exist only to back a primary key or unique
/// constraint are described by that constraint and not repeated here.
/// </summary>
public sealed record TableIndex
{
    /// <summary>The index name.</summary>
    public required string Name { get; init; }

    /// <summary>The key parts in order.</summary>
    public required EquatableArray<IndexKey> Keys { get; init; }

    /// <summary>True for a unique index.</summary>
    public bool IsUnique { get; init; }

    /// <summary>The access method when not the default (<c>gin</c>, <c>gist</c>, <c>hash</c>, <c>brin</c>); null for btree.</summary>
    public string? Method { get; init; }

    /// <summary>The WHERE predicate of a partial index.</summary>
    public string? Predicate { get; init; }

    /// <summary>Non-key columns carried by the index (PostgreSQL <c>INCLUDE</c>).</summary>
    public EquatableArray<string> IncludedColumns { get; init; }

    /// <summary>True for PostgreSQL <c>NULLS NOT DISTINCT</c>.</summary>
    public bool NullsNotDistinct { get; init; }
}
