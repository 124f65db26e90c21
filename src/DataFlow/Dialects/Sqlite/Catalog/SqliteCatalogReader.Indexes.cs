using System.Runtime.CompilerServices;

namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteCatalogReader
{
    // Index statements are read in this many chunks, each all the indexes of some tables (by a hash of the table name).
    private const int IndexChunks = 8;

    // Parses every CREATE INDEX statement and adds its key rows to its table's facts; a table whose index the readers
    // do not understand is left for the pragmas (taken out of facts). From SqliteTableParsePipeline.TwoThreadsFromTables
    // indexes on, a pool thread reads chunks too: all the indexes of a table are in one chunk, read in catalog order,
    // so each table's facts change on one thread only, and the results are applied in catalog order afterwards.
    private static void ReadIndexes(SqliteCatalog catalog, Dictionary<string, SqliteTableFacts> facts, SqliteTokenList tokens)
    {
        var indexes = catalog.Objects.FindAll(o => o.Type == "index");
        var results = new (SqliteIndexDefinition? Definition, bool Failed)[indexes.Count];
        if (indexes.Count < SqliteTableParsePipeline.TwoThreadsFromTables)
        {
            ReadIndexes(indexes, [.. Enumerable.Range(0, indexes.Count)], facts, tokens, results);
        }
        else
        {
            var chunks = new List<int>[IndexChunks];
            for (var i = 0; i < chunks.Length; i++)
            {
                chunks[i] = new List<int>(indexes.Count / IndexChunks * 2);
            }

            for (var i = 0; i < indexes.Count; i++)
            {
                chunks[(StringComparer.Ordinal.GetHashCode(indexes[i].TableName) & int.MaxValue) % IndexChunks].Add(i);
            }

            SqliteChunkedWork.Run(IndexChunks, tokens, () => new SqliteTokenList(new SqliteStringPool()),
                (chunkTokens, chunk) => ReadIndexes(indexes, chunks[chunk], facts, chunkTokens, results));
        }

        var definitions = 0;
        foreach (var result in results)
        {
            definitions += result.Definition is null ? 0 : 1;
        }

        catalog.IndexDefinitions.EnsureCapacity(definitions);
        for (var i = 0; i < indexes.Count; i++)
        {
            if (results[i].Failed)
            {
                facts.Remove(indexes[i].TableName);
                catalog.TablesReadFromPragmas.Add(indexes[i].TableName);
            }

            // The model needs a CREATE INDEX only for what its rows lack: expressions, collations, the predicate.
            if (results[i].Definition is { } definition)
            {
                catalog.IndexDefinitions[indexes[i].Name] = definition;
            }
        }
    }

    // The indexes at the positions given (every index of their tables, in catalog order). facts is only read here.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadIndexes(
        List<SqliteObjectRow> indexes, List<int> positions, Dictionary<string, SqliteTableFacts> facts, SqliteTokenList tokens,
        (SqliteIndexDefinition? Definition, bool Failed)[] results)
    {
        HashSet<SqliteTableFacts>? failed = null;
        foreach (var i in positions)
        {
            var index = indexes[i];
            if (facts.TryGetValue(index.TableName, out var table) && failed?.Contains(table) == true)
            {
                table = null;
            }

            if (index.Sql is null)
            {
                table?.SeeAutoIndex(index.Name);
                continue;
            }

            SqliteTokenizer.Tokenize(index.Sql, tokens);
            var isPlain = false;
            if (table is not null && !SqliteIndexFactsReader.TryRead(tokens, index.Name, table, out isPlain))
            {
                (failed ??= []).Add(table);
                results[i].Failed = true;
            }

            if (!isPlain)
            {
                results[i].Definition = SqliteDdlParser.ParseCreateIndex(tokens);
            }
        }
    }
}
