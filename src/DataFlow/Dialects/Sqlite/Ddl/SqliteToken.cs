using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// One token of SQLite SQL: where it is in the text, its kind and, for a bare word, the keyword it spells.
/// Its text is only copied out when asked for (<see cref="Value"/>), so tokenizing allocates nothing per token.
/// The text is the buffer of the <see cref="SqliteTokenList"/> the token came from, which the next statement
/// tokenized into that list overwrites: a token is read before then, never kept.
/// </summary>
internal readonly struct SqliteToken
{
    private readonly char[] _sql;

    /// <summary>Creates a token over <paramref name="sql"/> (a token list's text buffer).</summary>
    public SqliteToken(char[] sql, SqliteTokenKind kind, int start, int length, SqliteKeyword keyword = SqliteKeyword.None, bool isUnterminated = false)
    {
        _sql = sql;
        Kind = kind;
        Start = start;
        Length = length;
        Keyword = keyword;
        IsUnterminated = isUnterminated;
    }

    /// <summary>The kind of token.</summary>
    public SqliteTokenKind Kind { get; }

    /// <summary>The offset of its first character in the SQL text.</summary>
    public int Start { get; }

    /// <summary>Its length in the SQL text, quotes included.</summary>
    public int Length { get; }

    /// <summary>The keyword a bare word spells (ASCII case-insensitive), else <see cref="SqliteKeyword.None"/>.</summary>
    public SqliteKeyword Keyword { get; }

    /// <summary>True for a quoted token whose closing quote is missing (it runs to the end of the text).</summary>
    public bool IsUnterminated { get; }

    /// <summary>The offset just after the token.</summary>
    public int End => Start + Length;

    /// <summary>True for a name: a bare word, a quoted identifier, or a string used as a name.</summary>
    public bool IsName => Kind is SqliteTokenKind.Word or SqliteTokenKind.QuotedIdentifier or SqliteTokenKind.String;

    /// <summary>The token's text as written, quotes included.</summary>
    public ReadOnlySpan<char> Text => _sql.AsSpan(Start, Length);

    /// <summary>The text of a word, number, blob or symbol; the unquoted name or string otherwise.</summary>
    public string Value => ValueIn(null);

    /// <summary>True when the token is the bare keyword <paramref name="keyword"/>.</summary>
    public bool Is(SqliteKeyword keyword) => Keyword == keyword && keyword != SqliteKeyword.None;

    /// <summary>True when the token is the punctuation character <paramref name="punctuation"/>.</summary>
    public bool IsPunctuation(char punctuation) => Kind == SqliteTokenKind.Punctuation && _sql[Start] == punctuation;

    /// <summary>True when the token is the single character <paramref name="symbol"/> of kind <see cref="SqliteTokenKind.Other"/>.</summary>
    public bool IsOther(char symbol) => Kind == SqliteTokenKind.Other && _sql[Start] == symbol;

    /// <summary>The <see cref="Value"/>, taken from <paramref name="pool"/> when one is given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ValueIn(SqliteStringPool? pool)
    {
        if (Kind is not (SqliteTokenKind.QuotedIdentifier or SqliteTokenKind.String))
        {
            return pool?.Get(Text) ?? Text.ToString();
        }

        // Inside a quoted token the closing quote only occurs doubled (a single one would have ended it), so
        // unquoting is: drop the quotes, then halve each doubled quote. Brackets have no escape.
        var open = _sql[Start];
        var close = open == '[' ? ']' : open;
        var inner = _sql.AsSpan(Start + 1, Length - (IsUnterminated ? 1 : 2));
        if (open == '[' || !inner.Contains(close))
        {
            return pool?.Get(inner) ?? inner.ToString();
        }

        var quote = close.ToString();
        var value = inner.ToString().Replace(quote + quote, quote, StringComparison.Ordinal);
        return pool?.Get(value) ?? value;
    }
}
