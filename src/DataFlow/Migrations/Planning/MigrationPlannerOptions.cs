namespace DataFlow.Migrations.Planning;

/// <summary>Options of <see cref="MigrationPlanner"/>.</summary>
public sealed record MigrationPlannerOptions
{
    /// <summary>The defaults: destructive steps commented out, plain (locking) index builds and constraint checks.</summary>
    public static MigrationPlannerOptions Default { get; } = new();

    /// <summary>Write destructive steps (drops, narrowing, NOT NULL) as live statements instead of commented out.</summary>
    public bool AllowDestructive { get; init; }

    /// <summary>
    /// PostgreSQL: build indexes on existing tables with <c>CREATE INDEX CONCURRENTLY</c> (the migration then runs
    /// without a transaction).
    /// </summary>
    public bool ConcurrentIndexes { get; init; }

    /// <summary>PostgreSQL: add foreign keys and checks to existing tables <c>NOT VALID</c>, then <c>VALIDATE</c> them in a second statement.</summary>
    public bool NotValidConstraints { get; init; }

    /// <summary>
    /// SQLite: the <c>CREATE TRIGGER</c> statements of each table (by table name), run again after a table rebuild.
    /// Triggers are not in the schema model; the CLI reads them from the database.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SqliteTriggers { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
}
