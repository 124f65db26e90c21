namespace DataFlow.Annotations;

/// <summary>
/// A UNIQUE constraint. On a class, the columns name properties or columns; on a property without columns, the
/// constraint is on that property's column.
/// </summary>
/// <param name="columns">The constrained properties or columns in order.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class UniqueAttribute(params string[] columns) : Attribute
{
    /// <summary>The constrained properties or columns in order.</summary>
    public string[] Columns { get; } = columns;

    /// <summary>The constraint name; default <c>{table}_{columns}_key</c> on PostgreSQL, unnamed on SQLite.</summary>
    public string? Name { get; set; }

    /// <summary>PostgreSQL 15+ <c>NULLS NOT DISTINCT</c>.</summary>
    public bool NullsNotDistinct { get; set; }

    /// <summary>The check can be deferred to commit.</summary>
    public bool IsDeferrable { get; set; }

    /// <summary>The check is deferred by default.</summary>
    public bool IsInitiallyDeferred { get; set; }
}
