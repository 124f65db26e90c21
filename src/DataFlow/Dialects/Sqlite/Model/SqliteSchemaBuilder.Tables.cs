using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

internal sealed partial class SqliteSchemaBuilder
{
    /// <summary>
    /// From this many tables on, a pool thread builds tables too. Below it the build is a few milliseconds and shares the
    /// second core with closing the connection (SqliteSchemaReader), so a second builder gained nothing measurable at
    /// 1,000 tables; at 10,000 it cut the model stage from 195–268 to 110–207 ms (docs/benchmarks.md, "SQLite
    /// discovery, session 4").
    /// </summary>
    public const int TwoThreadsFromTables = 2048;

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
    // takes chunks of them too (SqliteChunkedWork); whichever thread builds a table, it lands at its position, and its
    // warnings are added in table order, as when one thread builds them all.
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

        var warnings = new List<SchemaWarning>?[(tables.Count + ChunkSize - 1) / ChunkSize];
        SqliteChunkedWork.Run(warnings.Length, this, () => new SqliteSchemaBuilder(this), (builder, chunk) =>
        {
            var warned = builder._warnings.Count;
            for (var i = chunk * ChunkSize; i < Math.Min(tables.Count, (chunk + 1) * ChunkSize); i++)
            {
                built[i] = builder.BuildTable(tables[i]);
            }

            if (builder._warnings.Count > warned)
            {
                warnings[chunk] = builder._warnings.GetRange(warned, builder._warnings.Count - warned);
                builder._warnings.RemoveRange(warned, builder._warnings.Count - warned);
            }
        });

        foreach (var chunk in warnings)
        {
            if (chunk is not null)
            {
                _warnings.AddRange(chunk);
            }
        }

        return built;
    }
}
