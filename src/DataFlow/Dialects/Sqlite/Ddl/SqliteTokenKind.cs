namespace DataFlow.Dialects.Sqlite;

/// <summary>The kinds of token <see cref="SqliteTokenizer"/> produces.</summary>
internal enum SqliteTokenKind
{
    /// <summary>A bare word: a keyword or an unquoted identifier.</summary>
    Word,

    /// <summary>An identifier in <c>"double quotes"</c>, <c>[brackets]</c> or <c>`backticks`</c>.</summary>
    QuotedIdentifier,

    /// <summary>A <c>'string'</c> literal (SQLite also accepts one where a name is expected).</summary>
    String,

    /// <summary>A blob literal, <c>X'00FF'</c>.</summary>
    Blob,

    /// <summary>A numeric literal.</summary>
    Number,

    /// <summary>One of <c>( ) , ; .</c>.</summary>
    Punctuation,

    /// <summary>Any other character: operators, parameters' sigils and the like.</summary>
    Other,
}
