namespace DataFlow.Dialects.Sqlite;

/// <summary>What a <c>CREATE INDEX</c> statement says: the key texts and the partial-index predicate.</summary>
/// <param name="Keys">The key parts in order.</param>
/// <param name="Predicate">The text after <c>WHERE</c>, verbatim, or null.</param>
internal sealed record SqliteIndexDefinition(IReadOnlyList<SqliteIndexKeyDefinition> Keys, string? Predicate);
