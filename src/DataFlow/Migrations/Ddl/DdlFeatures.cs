namespace DataFlow.Migrations.Ddl;

/// <summary>What a dialect's <see cref="IDdlRenderer"/> can render; the planner asks before it plans an operation.</summary>
[Flags]
public enum DdlFeatures
{
    /// <summary>Only the basics: tables, columns added, dropped and renamed, indexes, views.</summary>
    None = 0,

    /// <summary><c>ALTER COLUMN</c>: type, NOT NULL and default changed in place.</summary>
    AlterColumn = 1,

    /// <summary>Constraints (primary, foreign, unique, check) added and dropped on an existing table.</summary>
    AlterConstraints = 2,

    /// <summary>Enum types.</summary>
    Enums = 4,

    /// <summary>Sequences.</summary>
    Sequences = 8,

    /// <summary>Domains.</summary>
    Domains = 16,

    /// <summary><c>COMMENT ON</c>.</summary>
    Comments = 32,

    /// <summary>Materialized views.</summary>
    MaterializedViews = 64,

    /// <summary><c>CREATE INDEX CONCURRENTLY</c> (outside a transaction).</summary>
    ConcurrentIndexes = 128,

    /// <summary>Constraints added <c>NOT VALID</c> and validated later.</summary>
    NotValidConstraints = 256,
}
