using System.Runtime.ExceptionServices;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    /// <summary>From this many tables on, a pool thread builds tables too.</summary>
    public const int TwoThreadsFromTables = 256;

    private const int ChunkSize = 32;

    // A helper that builds tables beside the builder it was made from: the same catalog and tables, its own cache of
    // logical types and its own warnings (taken back chunk by chunk).
    private SqliteSchemaBuilder(SqliteSchemaBuilder from)
    {
        _catalog = from._catalog;
        _tablesByName = from._tablesByName;
        _warnings = [];
    }

    // The tables in order. Each table is built from the catalog alone, so from _twoThreadsFromTables tables on a pool thread
    // takes chunks of them too; whichever thread builds a table, it lands at its position, and its warnings are added
    // in table order, as when one thread builds them all.
    private Table[] BuildTables(List<SqliteObjectRow> tables)
    {
        var built = new Table[tables.Count];
        if (tables.Count < _twoThreadsFromTables)
        {
            for (var i = 0; i < tables.Count; i++)
            {
                built[i] = BuildTable(tables[i]);
            }

            return built;
        }

        var chunks = new TableChunks(tables, built);
        var helper = new SqliteSchemaBuilder(this);
        _ = Task.Run(() => chunks.Build(helper), CancellationToken.None);
        chunks.Build(this);
        chunks.WaitForAll();
        foreach (var warnings in chunks.Warnings)
        {
            if (warnings is not null)
            {
                _warnings.AddRange(warnings);
            }
        }

        return built;
    }

    // The tables cut into chunks that threads take in turn.
    private sealed class TableChunks(List<SqliteObjectRow> tables, Table[] built)
    {
        private readonly object _gate = new();
        private int _taken = -1;
        private int _done;
        private ExceptionDispatchInfo? _failure;

        public int Count { get; } = (tables.Count + ChunkSize - 1) / ChunkSize;

        /// <summary>The warnings of each chunk's tables, by chunk (null: none).</summary>
        public List<SchemaWarning>?[] Warnings { get; } = new List<SchemaWarning>?[(tables.Count + ChunkSize - 1) / ChunkSize];

        /// <summary>Builds the chunks no thread has taken yet, with <paramref name="builder"/>.</summary>
        public void Build(SqliteSchemaBuilder builder)
        {
            int chunk;
            while ((chunk = Interlocked.Increment(ref _taken)) < Count)
            {
                try
                {
                    var warned = builder._warnings.Count;
                    for (var i = chunk * ChunkSize; i < Math.Min(tables.Count, (chunk + 1) * ChunkSize); i++)
                    {
                        built[i] = builder.BuildTable(tables[i]);
                    }

                    if (builder._warnings.Count > warned)
                    {
                        Warnings[chunk] = builder._warnings.GetRange(warned, builder._warnings.Count - warned);
                        builder._warnings.RemoveRange(warned, builder._warnings.Count - warned);
                    }
                }
#pragma warning disable CA1031 // Not swallowed: WaitForAll rethrows it on the building thread.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
                }
                finally
                {
                    lock (_gate)
                    {
                        _done++;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }

        /// <summary>Waits until every chunk is built (the other thread may still be on its last), then rethrows a failure.</summary>
        public void WaitForAll()
        {
            lock (_gate)
            {
                while (_done < Count)
                {
                    Monitor.Wait(_gate);
                }
            }

            _failure?.Throw();
        }
    }
}
