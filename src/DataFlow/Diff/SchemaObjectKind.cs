namespace DataFlow.Diff;

/// <summary>The kind of schema object a <see cref="SchemaChange"/> is about; changes are grouped and ordered by it.</summary>
public enum SchemaObjectKind
{
    /// <summary>A table.</summary>
    Table = 0,

    /// <summary>A column of a table.</summary>
    Column,

    /// <summary>A table's primary key.</summary>
    PrimaryKey,

    /// <summary>A foreign key.</summary>
    ForeignKey,

    /// <summary>A unique constraint.</summary>
    UniqueConstraint,

    /// <summary>A check constraint.</summary>
    CheckConstraint,

    /// <summary>An index of a table or materialized view.</summary>
    Index,

    /// <summary>A (plain) view.</summary>
    View,

    /// <summary>A materialized view.</summary>
    MaterializedView,

    /// <summary>An enum type.</summary>
    Enum,

    /// <summary>A domain type.</summary>
    Domain,

    /// <summary>A sequence.</summary>
    Sequence,

    /// <summary>The comment of any object (table, column, view, type).</summary>
    Comment,
}
