namespace DataFlow.CodeFirst;

/// <summary>The objects whose default names a dialect chooses.</summary>
internal enum ConstraintKind
{
    /// <summary>A primary key.</summary>
    PrimaryKey,
    /// <summary>A foreign key.</summary>
    ForeignKey,
    /// <summary>A unique constraint.</summary>
    Unique,
    /// <summary>An index.</summary>
    Index,
}
