namespace DataFlow.Schema;

/// <summary>A foreign key from a table's columns to a principal table's columns.</summary>
public sealed record ForeignKey
{
    /// <summary>The constraint name, or null where the database does not name it.</summary>
    public string? Name { get; init; }

    /// <summary>The referencing columns, in constraint order.</summary>
    public required EquatableArray<string> Columns { get; init; }

    /// <summary>The schema of the referenced table (null on SQLite).</summary>
    public string? PrincipalSchema { get; init; }

    /// <summary>The referenced table.</summary>
    public required string PrincipalTable { get; init; }

    /// <summary>The referenced columns, paired with <see cref="Columns"/>.</summary>
    public required EquatableArray<string> PrincipalColumns { get; init; }

    /// <summary>Action on delete of the referenced row.</summary>
    public ReferentialAction OnDelete { get; init; }

    /// <summary>Action on update of the referenced key.</summary>
    public ReferentialAction OnUpdate { get; init; }

    /// <summary>True when the check can be deferred to commit.</summary>
    public bool IsDeferrable { get; init; }

    /// <summary>True when the check is deferred by default.</summary>
    public bool IsInitiallyDeferred { get; init; }

    /// <summary>The match type when not the default SIMPLE (<c>FULL</c>, <c>PARTIAL</c>).</summary>
    public string? MatchType { get; init; }
}
