namespace DataFlow.Safety;

/// <summary>What <see cref="NotNullColumnHandler"/> should do: add a NOT NULL column, or make an existing column NOT NULL.</summary>
public sealed record NotNullColumnRequest
{
    /// <summary>The table (<c>table</c>, or <c>schema.table</c> on PostgreSQL outside the search path).</summary>
    public required string Table { get; init; }

    /// <summary>The column.</summary>
    public required string Column { get; init; }

    /// <summary>
    /// The type of a new column as the database spells it (<c>bigint</c>, <c>varchar(20)</c>, <c>numeric(10,2)</c>); null when
    /// <see cref="Column"/> exists and only becomes NOT NULL.
    /// </summary>
    public string? Type { get; init; }

    /// <summary>Fills the NULLs (every row of a new column); null for an existing column that must already hold no NULL.</summary>
    public NotNullDefault? Default { get; init; }

    /// <summary>
    /// A constant default for rows inserted later, for a <see cref="ComputedDefault"/> (writers that do not set the column
    /// would otherwise fail once it is NOT NULL). Static and function defaults are the column default already.
    /// </summary>
    public object? NewRowsDefault { get; init; }
}
