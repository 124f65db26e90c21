namespace DataFlow.Safety;

/// <summary>The kinds of objects that can depend on a column.</summary>
public enum DependentKind
{
    /// <summary>An index on the column (in its keys, expression or predicate).</summary>
    Index,

    /// <summary>A foreign key of the column's table that uses the column.</summary>
    ForeignKey,

    /// <summary>A foreign key of another table that references the column.</summary>
    ReferencedBy,

    /// <summary>A unique constraint using the column.</summary>
    Unique,

    /// <summary>A check constraint reading the column.</summary>
    Check,

    /// <summary>A view reading the column.</summary>
    View,

    /// <summary>A materialized view reading the column (PostgreSQL).</summary>
    MaterializedView,

    /// <summary>A trigger on the column (PostgreSQL: <c>UPDATE OF</c> or its <c>WHEN</c>; SQLite: its text names the column).</summary>
    Trigger,

    /// <summary>A generated column computed from the column.</summary>
    GeneratedColumn,

    /// <summary>A row-level-security policy reading the column (PostgreSQL).</summary>
    Policy,
}
