using System.Collections;
using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The tokens of one SQL text, with each <c>(</c> paired with its <c>)</c> so that a parenthesized group is
/// skipped in one step. Reusable: <see cref="SqliteTokenizer.Tokenize(string, SqliteTokenList)"/> refills it,
/// so that reading thousands of statements reuses one buffer.
/// </summary>
internal sealed class SqliteTokenList : IReadOnlyList<SqliteToken>
{
    private SqliteToken[] _tokens = new SqliteToken[64];
    private int[] _closing = new int[64];
    private int[] _open = new int[16];

    /// <summary>Creates an empty list; <paramref name="pool"/>, when given, supplies the token values.</summary>
    public SqliteTokenList(SqliteStringPool? pool = null) => Pool = pool;

    /// <summary>Where <see cref="ValueOf"/> takes its strings from, or null to allocate each.</summary>
    public SqliteStringPool? Pool { get; }

    /// <summary>The SQL text the tokens point into.</summary>
    public string Sql { get; private set; } = string.Empty;

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <summary>
    /// True when the text has whitespace that SQLite does not treat as whitespace (non-ASCII spaces, which SQLite
    /// reads as part of a name), so that SQLite may split the text into other tokens than these.
    /// </summary>
    public bool HasForeignWhitespace { get; internal set; }

    /// <inheritdoc />
    public SqliteToken this[int index] => _tokens[index];

    /// <summary>The <see cref="SqliteToken.Value"/> of <paramref name="token"/>, from the <see cref="Pool"/> when there is one.</summary>
    public string ValueOf(in SqliteToken token) => token.ValueIn(Pool);

    /// <summary>The index of the <c>)</c> that closes the <c>(</c> at <paramref name="open"/>, or <see cref="Count"/> if none does.</summary>
    public int ClosingOf(int open) => _closing[open];

    /// <inheritdoc />
    public IEnumerator<SqliteToken> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _tokens[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Empties the list for <paramref name="sql"/>.</summary>
    internal void Reset(string sql)
    {
        Sql = sql;
        Count = 0;
        HasForeignWhitespace = false;
    }

    /// <summary>Appends a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(in SqliteToken token)
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, Count * 2);
            Array.Resize(ref _closing, Count * 2);
        }

        _tokens[Count++] = token;
    }

    /// <summary>Pairs the parentheses, once all tokens are in: each <c>(</c> with the <c>)</c> that brings the depth back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void PairParentheses()
    {
        var depth = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_tokens[i].IsPunctuation('('))
            {
                if (depth == _open.Length)
                {
                    Array.Resize(ref _open, depth * 2);
                }

                _open[depth++] = i;
                _closing[i] = Count;
            }
            else if (depth > 0 && _tokens[i].IsPunctuation(')'))
            {
                _closing[_open[--depth]] = i;
            }
        }
    }
}
