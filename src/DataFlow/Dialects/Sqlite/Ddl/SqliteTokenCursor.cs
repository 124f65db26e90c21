using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// A forward-only reader over a range of a <see cref="SqliteTokenList"/>, with the original SQL at hand so that
/// expressions can be cut out verbatim. Sub-ranges (inside parentheses, between commas) are cursors of their own.
/// A small struct: pass it by <c>ref</c> to let a helper advance it.
/// </summary>
internal struct SqliteTokenCursor
{
    private readonly SqliteTokenList _tokens;
    private readonly int _end;
    private int _position;

    /// <summary>A cursor over all of <paramref name="tokens"/>.</summary>
    public SqliteTokenCursor(SqliteTokenList tokens)
        : this(tokens, 0, tokens.Count)
    {
    }

    private SqliteTokenCursor(SqliteTokenList tokens, int start, int end)
    {
        _tokens = tokens;
        _position = start;
        _end = end;
    }

    /// <summary>True when every token of the range has been read.</summary>
    public readonly bool AtEnd => _position >= _end;

    /// <summary>How many tokens are left to read.</summary>
    public readonly int Remaining => _end - _position;

    /// <summary>Reads the next token into <paramref name="token"/>; false (and nothing read) at the end.</summary>
    public readonly bool TryPeek(out SqliteToken token, int offset = 0)
    {
        if (_position + offset < _end)
        {
            token = _tokens[_position + offset];
            return true;
        }

        token = default;
        return false;
    }

    /// <summary>The value of <paramref name="token"/>, from the list's string pool when it has one.</summary>
    public readonly string ValueOf(in SqliteToken token) => _tokens.ValueOf(token);

    /// <summary>The unread token <paramref name="fromEnd"/> places before the end of the range (0 = the last one).</summary>
    public readonly SqliteToken FromEnd(int fromEnd) => _tokens[_end - 1 - fromEnd];

    /// <summary>Reads one token; false at the end.</summary>
    public bool TryNext()
    {
        if (AtEnd)
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>True when the token <paramref name="offset"/> places ahead is the keyword <paramref name="keyword"/>; nothing is read.</summary>
    public readonly bool IsKeyword(SqliteKeyword keyword, int offset = 0) =>
        _position + offset < _end && _tokens[_position + offset].Is(keyword);

    /// <summary>Reads the keywords <paramref name="keywords"/> if they come next, in order; otherwise reads nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryKeywords(params ReadOnlySpan<SqliteKeyword> keywords)
    {
        for (var i = 0; i < keywords.Length; i++)
        {
            if (!IsKeyword(keywords[i], i))
            {
                return false;
            }
        }

        _position += keywords.Length;
        return true;
    }

    /// <summary>Reads a name (the last part of <c>schema.name</c>), or returns null if no name comes next.</summary>
    /// <param name="pooled">False for a name unlikely to recur (a constraint's): copied out, not kept in the string pool.</param>
    public string? ReadName(bool pooled = true) => SkipName(out var token) ? (pooled ? _tokens.ValueOf(token) : token.Value) : null;

    /// <summary>Reads a name like <see cref="ReadName"/> without copying it out; false if no name comes next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SkipName(out SqliteToken last)
    {
        if (!TryPeek(out last) || !last.IsName)
        {
            return false;
        }

        _position++;
        while (TryPeek(out var dot) && dot.IsPunctuation('.') && TryPeek(out var part, 1) && part.IsName)
        {
            last = part;
            _position += 2;
        }

        return true;
    }

    /// <summary>If a <c>(</c> comes next, reads up to its matching <c>)</c> and gives a cursor over the tokens inside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadParenthesized(out SqliteTokenCursor inside)
    {
        if (!TryPeek(out var open) || !open.IsPunctuation('('))
        {
            inside = default;
            return false;
        }

        var close = FindClosing(_position);
        inside = new SqliteTokenCursor(_tokens, _position + 1, close);
        _position = Math.Min(close + 1, _end);
        return true;
    }

    /// <summary>Reads one token, or a whole parenthesized group when a <c>(</c> comes next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Skip()
    {
        if (!TryReadParenthesized(out _))
        {
            _position++;
        }
    }

    /// <summary>The rest of the range split at commas outside parentheses; the range itself is then read.</summary>
    public SqliteCommaSplitter SplitAtCommas()
    {
        var splitter = new SqliteCommaSplitter(this);
        _position = _end;
        return splitter;
    }

    /// <summary>The SQL text of the unread tokens, verbatim (inner comments and spacing kept), or empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly string RemainingText(int dropAtEnd = 0)
    {
        var last = _end - 1 - dropAtEnd;
        return last < _position ? string.Empty : _tokens.Sql[_tokens[_position].Start.._tokens[last].End].ToString();
    }

    /// <summary>The cursor over the part from <paramref name="start"/> up to the token before <paramref name="end"/>.</summary>
    internal readonly SqliteTokenCursor Slice(int start, int end) => new(_tokens, start, end);

    /// <summary>The position of the next unread token, and the end of the range, in the token list.</summary>
    internal readonly (int Position, int End) Bounds => (_position, _end);

    /// <summary>The index of the <c>)</c> closing the <c>(</c> at <paramref name="open"/>, or the end of the range.</summary>
    internal readonly int FindClosing(int open) => Math.Min(_tokens.ClosingOf(open), _end);

    /// <summary>True when the token at <paramref name="index"/> of the list is <paramref name="punctuation"/>.</summary>
    internal readonly bool IsPunctuationAt(int index, char punctuation) => _tokens[index].IsPunctuation(punctuation);
}
