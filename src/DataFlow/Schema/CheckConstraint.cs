namespace DataFlow.Schema;

/// <summary>A CHECK constraint.</summary>
public sealed record CheckConstraint
{
    /// <summary>The constraint name, or null where the database does not name it.</summary>
    public string? Name { get; init; }

    /// <summary>The boolean expression as the database reports it (without the outer <c>CHECK</c>).</summary>
    public required string Expression { get; init; }

    /// <summary>True for a PostgreSQL constraint added <c>NOT VALID</c> and not yet validated.</summary>
    public bool IsNotValid { get; init; }
}
