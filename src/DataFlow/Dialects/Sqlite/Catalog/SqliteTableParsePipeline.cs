using System.Buffers;
using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Parses the <c>CREATE TABLE</c> statement of each ordinary table (and derives its facts) while <c>sqlite_master</c>
/// is still being read. Rows are handed over in blocks, each statement as the UTF-8 bytes SQLite stored (copied into
/// the block's pooled buffer, and decoded into the parsing thread's token list: no string per statement); once
/// <see cref="TwoThreadsFromTables"/> tables have come, a pool thread starts taking blocks (with its own token list and
/// string pool: the strings are equal, whichever pool they come from), and after the last row the reading thread takes the blocks left as well. The statements are
/// independent of one another, so the order in which blocks are parsed does not matter; the results are looked up
/// by table name afterwards. With fewer tables, or if the pool thread starts late, the reading thread parses
/// everything itself in <see cref="Finish"/>.
/// </summary>
internal sealed class SqliteTableParsePipeline(bool derive)
{
    /// <summary>From this many ordinary tables on, a second thread parses too.</summary>
    public const int TwoThreadsFromTables = 256;

    private const int BlockSize = 32;

    private readonly object _gate = new();
    private readonly Queue<Block> _ready = new();
    private readonly List<Block> _blocks = [];
    private readonly SqliteWorkTally _parsed = new();
    private Block? _filling;
    private int _published;
    private bool _complete;
    private bool _helperStarted;

    /// <summary>The number of ordinary tables offered so far.</summary>
    public int TableCount { get; private set; }

    /// <summary>
    /// Takes the row of an ordinary table as it is read (on the reading thread), with the UTF-8 bytes of its statement
    /// (<paramref name="hasSql"/> false when it has none), which are copied.
    /// </summary>
    public void Offer(SqliteObjectRow row, ReadOnlySpan<byte> sql, bool hasSql)
    {
        TableCount++;
        _filling ??= new Block();
        _filling.Add(row, sql, hasSql);
        if (_filling.Count == BlockSize)
        {
            Publish();
        }
    }

    /// <summary>
    /// After the last row: parses the blocks no thread has taken yet, waits for those the other thread is parsing,
    /// and returns each table's parsed statement (null when it has no SQL) and facts (null when not derived), by name.
    /// </summary>
    public Dictionary<string, (SqliteTableDefinition? Definition, SqliteTableFacts? Facts)> Finish(SqliteTokenList tokens)
    {
        if (_filling is not null)
        {
            Publish();
        }

        lock (_gate)
        {
            _complete = true;
            Monitor.PulseAll(_gate);
        }

        Work(tokens, waitForBlocks: false);
        _parsed.WaitFor(_published);
        var parsed = new Dictionary<string, (SqliteTableDefinition?, SqliteTableFacts?)>(_blocks.Count * BlockSize, StringComparer.Ordinal);
        foreach (var block in _blocks)
        {
            for (var i = 0; i < block.Count; i++)
            {
                parsed[block.Rows[i].Name] = block.Results[i];
            }
        }

        return parsed;
    }

    /// <summary>Stops the other thread after the read failed: the blocks not taken yet are dropped.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _complete = true;
            while (_ready.TryDequeue(out var block))
            {
                block.ReturnText();
            }

            Monitor.PulseAll(_gate);
        }
    }

    private void Publish()
    {
        var block = _filling!;
        _filling = null;
        _blocks.Add(block);
        lock (_gate)
        {
            _ready.Enqueue(block);
            _published++;
            Monitor.PulseAll(_gate);
        }

        if (!_helperStarted && _blocks.Count * BlockSize >= TwoThreadsFromTables)
        {
            _helperStarted = true;
            _ = Task.Run(() => Work(new SqliteTokenList(new SqliteStringPool()), waitForBlocks: true), CancellationToken.None);
        }
    }

    // Takes blocks until none is ready (and, with waitForBlocks, until the last row has been read).
    private void Work(SqliteTokenList tokens, bool waitForBlocks)
    {
        var factsReader = new SqliteTableFactsReader(tokens);
        while (true)
        {
            Block? block;
            lock (_gate)
            {
                while (waitForBlocks && _ready.Count == 0 && !_complete)
                {
                    Monitor.Wait(_gate);
                }

                if (!_ready.TryDequeue(out block))
                {
                    return;
                }
            }

            _parsed.Run(() => Parse(block, tokens, factsReader));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Parse(Block block, SqliteTokenList tokens, SqliteTableFactsReader factsReader)
    {
        for (var i = 0; i < block.Count; i++)
        {
            if (block.SqlOf(i) is not { } sql)
            {
                continue;
            }

            SqliteTokenizer.Tokenize(sql.Span, tokens);
            var definition = SqliteDdlParser.ParseCreateTable(tokens);
            block.Results[i] = (definition, derive ? factsReader.Read(block.Rows[i].Name) : null);
        }

        block.ReturnText();
    }

    // BlockSize rows, their statements' bytes end to end in one buffer from the shared pool (returned once parsed), and
    // what parsing them gave.
    private sealed class Block
    {
        private readonly int[] _starts = new int[BlockSize];
        private readonly int[] _lengths = new int[BlockSize];
        private byte[] _text = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _used;

        public SqliteObjectRow[] Rows { get; } = new SqliteObjectRow[BlockSize];

        public (SqliteTableDefinition?, SqliteTableFacts?)[] Results { get; } = new (SqliteTableDefinition?, SqliteTableFacts?)[BlockSize];

        public int Count { get; private set; }

        public void Add(SqliteObjectRow row, ReadOnlySpan<byte> sql, bool hasSql)
        {
            if (_used + sql.Length > _text.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_used + sql.Length, _text.Length * 2));
                _text.AsSpan(0, _used).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_text);
                _text = larger;
            }

            sql.CopyTo(_text.AsSpan(_used));
            _starts[Count] = _used;
            _lengths[Count] = hasSql ? sql.Length : -1;
            _used += sql.Length;
            Rows[Count++] = row;
        }

        /// <summary>The bytes of the statement of row <paramref name="i"/>, or null when it has none.</summary>
        public ReadOnlyMemory<byte>? SqlOf(int i) => _lengths[i] < 0 ? null : _text.AsMemory(_starts[i], _lengths[i]);

        public void ReturnText()
        {
            ArrayPool<byte>.Shared.Return(_text);
            _text = [];
        }
    }
}
