namespace DataFlow.Safety;

/// <summary>How a plan makes the column NOT NULL.</summary>
public enum NotNullStrategy
{
    /// <summary>One DDL statement: a new column with a constant default (PostgreSQL 11+ stores it without a rewrite).</summary>
    SingleStatement,

    /// <summary>Add nullable → backfill in batches → validate → NOT NULL (PostgreSQL: NOT VALID check, VALIDATE, SET NOT NULL; SQLite: table rebuild).</summary>
    Backfill,
}
