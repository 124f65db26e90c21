namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// A forward-only reader over a range of tokens, with the original SQL at hand so that expressions can be
/// cut out verbatim. Sub-ranges (inside parentheses, between commas) are cursors of their own.
/// </summary>
internal sealed class SqliteTokenCursor
{
    private readonly string _sql;
    private readonly List<SqliteToken> _tokens;
    private readonly int _end;
    private int _position;

    /// <summary>A cursor over all tokens of <paramref name="sql"/>.</summary>
    public SqliteTokenCursor(string sql)
        : this(sql, SqliteTokenizer.Tokenize(sql), 0, -1)
    {
    }

    private SqliteTokenCursor(string sql, List<SqliteToken> tokens, int start, int end)
    {
        _sql = sql;
        _tokens = tokens;
        _position = start;
        _end = end < 0 ? tokens.Count : end;
    }

    /// <summary>True when every token of the range has been read.</summary>
    public bool AtEnd => _position >= _end;

    /// <summary>The token <paramref name="offset"/> places ahead, or null past the end of the range.</summary>
    public SqliteToken? Peek(int offset = 0) => _position + offset < _end ? _tokens[_position + offset] : null;

    /// <summary>Reads one token; null at the end.</summary>
    public SqliteToken? Next() => AtEnd ? null : _tokens[_position++];

    /// <summary>True when the next token is the keyword <paramref name="keyword"/>; nothing is read.</summary>
    public bool IsKeyword(string keyword, int offset = 0) => Peek(offset)?.IsKeyword(keyword) == true;

    /// <summary>Reads the keywords <paramref name="keywords"/> if they come next, in order; otherwise reads nothing.</summary>
    public bool TryKeywords(params string[] keywords)
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
    public string? ReadName()
    {
        if (Peek() is not { IsName: true } token)
        {
            return null;
        }

        _position++;
        while (Peek() is { } dot && dot.IsPunctuation('.') && Peek(1) is { IsName: true } part)
        {
            token = part;
            _position += 2;
        }

        return token.Value;
    }

    /// <summary>If a <c>(</c> comes next, reads up to its matching <c>)</c> and returns a cursor over the tokens inside.</summary>
    public SqliteTokenCursor? TryReadParenthesized()
    {
        if (Peek() is not { } open || !open.IsPunctuation('('))
        {
            return null;
        }

        var inner = _position + 1;
        var close = FindClosing(_position);
        _position = Math.Min(close + 1, _end);
        return new SqliteTokenCursor(_sql, _tokens, inner, close);
    }

    /// <summary>Reads one token, or a whole parenthesized group when a <c>(</c> comes next.</summary>
    public void Skip()
    {
        if (TryReadParenthesized() is null)
        {
            _position++;
        }
    }

    /// <summary>Splits the rest of the range at commas outside parentheses, and reads it all.</summary>
    public List<SqliteTokenCursor> SplitAtCommas()
    {
        var parts = new List<SqliteTokenCursor>();
        var start = _position;
        for (var i = _position; i < _end; i++)
        {
            if (_tokens[i].IsPunctuation('('))
            {
                i = FindClosing(i);
            }
            else if (_tokens[i].IsPunctuation(','))
            {
                parts.Add(new SqliteTokenCursor(_sql, _tokens, start, i));
                start = i + 1;
            }
        }

        parts.Add(new SqliteTokenCursor(_sql, _tokens, start, _end));
        _position = _end;
        return parts;
    }

    /// <summary>The SQL text of the unread tokens, verbatim (inner comments and spacing kept), or empty.</summary>
    public string RemainingText(int dropAtEnd = 0)
    {
        var last = _end - 1 - dropAtEnd;
        return last < _position ? string.Empty : _sql[_tokens[_position].Start.._tokens[last].End];
    }

    /// <summary>The unread tokens.</summary>
    public IEnumerable<SqliteToken> RemainingTokens()
    {
        for (var i = _position; i < _end; i++)
        {
            yield return _tokens[i];
        }
    }

    private int FindClosing(int open)
    {
        var depth = 0;
        for (var i = open; i < _end; i++)
        {
            if (_tokens[i].IsPunctuation('('))
            {
                depth++;
            }
            else if (_tokens[i].IsPunctuation(')') && --depth == 0)
            {
                return i;
            }
        }

        return _end;
    }
}
