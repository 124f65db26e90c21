namespace DataFlow.Cli.Commands;

/// <summary>The arguments of <c>dataflow migrations add</c>.</summary>
internal sealed record MigrationsAddOptions
{
    /// <summary>The migration name (written in snake_case).</summary>
    public required string Name { get; init; }

    /// <summary>The database the migration starts from (or <c>DATABASE_URL</c>).</summary>
    public string? Url { get; init; }

    /// <summary>A snapshot (or URL) to start from instead of the database, e.g. the last committed snapshot.</summary>
    public string? From { get; init; }

    /// <summary>The schema the migration leads to: a snapshot file or a database URL.</summary>
    public string? To { get; init; }

    /// <summary>C# models (a folder of <c>.cs</c> files or a <c>.dll</c>) the migration leads to; shorthand for <see cref="To"/>.</summary>
    public string? Models { get; init; }

    /// <summary>The migrations folder.</summary>
    public string Directory { get; init; } = "db_migrations";

    /// <summary>Write destructive statements live instead of commented out.</summary>
    public bool AllowDestructive { get; init; }

    /// <summary>PostgreSQL: build indexes on existing tables CONCURRENTLY.</summary>
    public bool Concurrently { get; init; }

    /// <summary>Confirmed renames, each <c>from=to</c>.</summary>
    public IReadOnlyList<string> Renames { get; init; } = [];

    /// <summary>Write the generation time into the header (breaks byte-identical output).</summary>
    public bool Timestamp { get; init; }

    /// <summary>Print the result as JSON.</summary>
    public bool Json { get; init; }

    /// <summary>Print full errors.</summary>
    public bool Verbose { get; init; }
}
