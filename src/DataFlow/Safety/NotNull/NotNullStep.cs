namespace DataFlow.Safety;

/// <summary>One step of a <see cref="NotNullPlan"/>.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Description">The step in words.</param>
/// <param name="Sql">The statement (for a backfill: the statement of one batch, without its key range); empty for checks.</param>
public sealed record NotNullStep(NotNullStepKind Kind, string Description, string Sql);

/// <summary>The kinds of <see cref="NotNullStep"/>.</summary>
public enum NotNullStepKind
{
    /// <summary>ADD COLUMN (nullable, or NOT NULL with a constant default for <see cref="NotNullStrategy.SingleStatement"/>).</summary>
    AddColumn,

    /// <summary>SET DEFAULT for rows inserted from now on.</summary>
    SetDefault,

    /// <summary>UPDATE … SET column = default WHERE column IS NULL, in key-ordered batches.</summary>
    Backfill,

    /// <summary>Count the NULLs left (none may be).</summary>
    Validate,

    /// <summary>PostgreSQL: ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID.</summary>
    AddCheck,

    /// <summary>PostgreSQL: VALIDATE CONSTRAINT (scans without blocking writers).</summary>
    ValidateCheck,

    /// <summary>PostgreSQL: SET NOT NULL (uses the validated check instead of a scan).</summary>
    SetNotNull,

    /// <summary>PostgreSQL: DROP CONSTRAINT of the helper check.</summary>
    DropCheck,

    /// <summary>SQLite: the safe table rebuild with the column NOT NULL.</summary>
    Rebuild,
}
