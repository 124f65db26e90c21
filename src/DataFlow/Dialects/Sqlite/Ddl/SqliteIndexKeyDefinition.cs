namespace DataFlow.Dialects.Sqlite;

/// <summary>One key part of <c>CREATE INDEX</c>: the column or expression text, and its explicit collation.</summary>
/// <param name="Text">The key text without a trailing <c>COLLATE x</c> and <c>ASC</c>/<c>DESC</c>, verbatim.</param>
/// <param name="Collation">The trailing <c>COLLATE</c> name, unquoted, or null.</param>
/// <param name="IsDescending">True for a trailing <c>DESC</c>.</param>
internal sealed record SqliteIndexKeyDefinition(string Text, string? Collation, bool IsDescending);
