namespace DataFlow.Schema;

/// <summary>Whether a column is computed from an expression, and how it is kept.</summary>
public enum GeneratedKind
{
    /// <summary>An ordinary column.</summary>
    None = 0,
    /// <summary>Computed on write and stored.</summary>
    Stored,
    /// <summary>Computed on read (SQLite <c>VIRTUAL</c>).</summary>
    Virtual,
}
