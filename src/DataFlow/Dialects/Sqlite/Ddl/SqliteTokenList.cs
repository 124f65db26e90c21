using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// The tokens of one SQL text, with each <c>(</c> paired with its <c>)</c> so that a parenthesized group is
/// skipped in one step. Reusable: <see cref="SqliteTokenizer.Tokenize(string, SqliteTokenList)"/> refills it,
/// so that reading thousands of statements reuses one buffer of tokens and one of text: the text is copied in (or
/// decoded from UTF-8, as SQLite stores it, without a string per statement), and the tokens point into it.
/// </summary>
internal sealed class SqliteTokenList : IReadOnlyList<SqliteToken>
{
    private char[] _text = new char[1024];
    private SqliteToken[] _tokens = new SqliteToken[64];
    private int[] _closing = new int[64];
    private int[] _open = new int[16];

    /// <summary>Creates an empty list; <paramref name="pool"/>, when given, supplies the token values.</summary>
    public SqliteTokenList(SqliteStringPool? pool = null) => Pool = pool;

    /// <summary>Where <see cref="ValueOf"/> takes its strings from, or null to allocate each.</summary>
    public SqliteStringPool? Pool { get; }

    /// <summary>The SQL text the tokens point into.</summary>
    public ReadOnlySpan<char> Sql => _text.AsSpan(0, SqlLength);

    /// <summary>The length of <see cref="Sql"/>.</summary>
    public int SqlLength { get; private set; }

    /// <summary>The buffer that holds <see cref="Sql"/> (and may be longer), for the tokens to point into.</summary>
    internal char[] Buffer => _text;

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

    /// <summary>Empties the list for <paramref name="sql"/>, copied into the text buffer.</summary>
    internal void Reset(string sql)
    {
        EnsureText(sql.Length);
        sql.CopyTo(_text);
        SqlLength = sql.Length;
        Count = 0;
        HasForeignWhitespace = false;
    }

    /// <summary>
    /// Empties the list for the SQL text whose UTF-8 bytes are <paramref name="utf8"/>, decoded into the text buffer as
    /// <see cref="Encoding.UTF8"/> decodes them into a string (invalid bytes become U+FFFD alike).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Reset(ReadOnlySpan<byte> utf8)
    {
        EnsureText(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        SqlLength = Encoding.UTF8.GetChars(utf8, _text);
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

    private void EnsureText(int length)
    {
        if (_text.Length < length)
        {
            _text = new char[Math.Max(length, _text.Length * 2)];
        }
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
