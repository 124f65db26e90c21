namespace DataFlow.Schema;

/// <summary>A UNIQUE constraint (as opposed to a unique index, see <see cref="TableIndex"/>).</summary>
public sealed record UniqueConstraint
{
    /// <summary>The constraint name, or null where the database does not name it.</summary>
    public string? Name { get; init; }

    /// <summary>The constrained columns in order.</summary>
    public required EquatableArray<string> Columns { get; init; }

    /// <summary>True when the check can be deferred to commit.</summary>
    public bool IsDeferrable { get; init; }

    /// <summary>True when the check is deferred by default.</summary>
    public bool IsInitiallyDeferred { get; init; }

    /// <summary>True for PostgreSQL 15+ <c>UNIQUE NULLS NOT DISTINCT</c>: NULLs count as equal to each other.</summary>
    public bool NullsNotDistinct { get; init; }
}
