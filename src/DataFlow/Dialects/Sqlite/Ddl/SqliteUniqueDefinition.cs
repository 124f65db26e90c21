namespace DataFlow.Dialects.Sqlite;

/// <summary>A UNIQUE constraint as declared: its name (if any) and columns.</summary>
/// <param name="Name">The name given with <c>CONSTRAINT name</c>, or null.</param>
/// <param name="Columns">The constrained columns, unquoted, in order.</param>
internal sealed record SqliteUniqueDefinition(string? Name, IReadOnlyList<string> Columns);
