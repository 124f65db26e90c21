namespace DataFlow.Schema;

/// <summary>One key part of an index: a column or an expression.</summary>
public sealed record IndexKey
{
    /// <summary>The column name, or null for an expression key.</summary>
    public string? Column { get; init; }

    /// <summary>The expression, or null for a column key.</summary>
    public string? Expression { get; init; }

    /// <summary>True for descending order.</summary>
    public bool IsDescending { get; init; }

    /// <summary>Explicit NULLS FIRST (true) / NULLS LAST (false) when it differs from the default for the direction.</summary>
    public bool? NullsFirst { get; init; }

    /// <summary>A non-default collation for this key.</summary>
    public string? Collation { get; init; }

    /// <summary>A non-default operator class (PostgreSQL).</summary>
    public string? OperatorClass { get; init; }
}
