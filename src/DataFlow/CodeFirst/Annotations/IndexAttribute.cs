namespace DataFlow.Annotations;

/// <summary>
/// An index. On a class, the keys name properties or columns; a key may also be a parenthesised expression and carry
/// <c>COLLATE name</c>, an operator class, <c>ASC</c>/<c>DESC</c> and <c>NULLS FIRST</c>/<c>NULLS LAST</c> after it
/// (<c>"(lower(email))"</c>, <c>"created_at DESC"</c>). On a property without keys, the index is on that property's column.
/// </summary>
/// <param name="keys">The key parts in order.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class IndexAttribute(params string[] keys) : Attribute
{
    /// <summary>The key parts in order.</summary>
    public string[] Keys { get; } = keys;

    /// <summary>The index name; default <c>{table}_{columns}_idx</c>.</summary>
    public string? Name { get; set; }

    /// <summary>A unique index.</summary>
    public bool IsUnique { get; set; }

    /// <summary>The access method when not btree (<c>gin</c>, <c>gist</c>, <c>hash</c>, <c>brin</c>).</summary>
    public string? Method { get; set; }

    /// <summary>The WHERE predicate of a partial index.</summary>
    public string? Filter { get; set; }

    /// <summary>Non-key columns carried by the index (PostgreSQL <c>INCLUDE</c>).</summary>
    public string[]? Include { get; set; }

    /// <summary>PostgreSQL <c>NULLS NOT DISTINCT</c>.</summary>
    public bool NullsNotDistinct { get; set; }
}
