namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// One token of SQLite SQL: where it is in the text and its value (dequoted for identifiers and strings).
/// </summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">The offset of its first character in the SQL text.</param>
/// <param name="Length">Its length in the SQL text, quotes included.</param>
/// <param name="Value">The text of a word, number or punctuation; the unquoted name or string otherwise.</param>
internal readonly record struct SqliteToken(SqliteTokenKind Kind, int Start, int Length, string Value)
{
    /// <summary>The offset just after the token.</summary>
    public int End => Start + Length;

    /// <summary>True for a name: a bare word, a quoted identifier, or a string used as a name.</summary>
    public bool IsName => Kind is SqliteTokenKind.Word or SqliteTokenKind.QuotedIdentifier or SqliteTokenKind.String;

    /// <summary>True when the token is the bare keyword <paramref name="keyword"/> (ASCII case-insensitive).</summary>
    public bool IsKeyword(string keyword) =>
        Kind == SqliteTokenKind.Word && string.Equals(Value, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token is the punctuation character <paramref name="punctuation"/>.</summary>
    public bool IsPunctuation(char punctuation) =>
        Kind == SqliteTokenKind.Punctuation && Value.Length == 1 && Value[0] == punctuation;
}
