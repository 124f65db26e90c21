using System.Runtime.CompilerServices;
using System.Text;

namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteCatalogReader
{
    // From this many ordinary tables on, two threads parse the CREATE TABLE statements (see ParseTables).
    internal const int TwoThreadsFromTables = 256;

    // Tables per piece of work the two threads take turns at.
    private const int TablesPerChunk = 32;

    // Parses every CREATE TABLE and CREATE INDEX statement once (the model builder uses the definitions) and, when
    // derive is set, derives each table's catalog rows from its statements. A table's rows are derived in full or
    // not at all: when its CREATE TABLE, one of its CREATE INDEX statements, or the automatic indexes sqlite_master
    // lists for it disagree with what the readers understood, the table is left for the pragmas to read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadDefinitions(SqliteCatalog catalog, bool derive, CancellationToken cancellationToken, int twoThreadsFrom = TwoThreadsFromTables)
    {
        var tokens = new SqliteTokenList(new SqliteStringPool());
        var facts = new Dictionary<string, SqliteTableFacts>(catalog.Objects.Count, StringComparer.Ordinal);
        catalog.TableDefinitions.EnsureCapacity(catalog.Objects.Count);
        catalog.IndexDefinitions.EnsureCapacity(catalog.Objects.Count);
        var tables = catalog.Objects.FindAll(IsOrdinaryTable);
        var parsed = ParseTables(tables, tokens, derive, twoThreadsFrom, cancellationToken);

        // In catalog order, whichever thread parsed the table.
        for (var i = 0; i < tables.Count; i++)
        {
            var (definition, derived) = parsed[i];
            if (definition is not null)
            {
                catalog.TableDefinitions[tables[i].Name] = definition;
            }

            if (derived is not null)
            {
                facts[tables[i].Name] = derived;
            }
            else
            {
                catalog.TablesReadFromPragmas.Add(tables[i].Name);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var index in catalog.Objects)
        {
            if (index.Type != "index")
            {
                continue;
            }

            facts.TryGetValue(index.TableName, out var table);
            if (index.Sql is null)
            {
                table?.SeeAutoIndex(index.Name);
                continue;
            }

            SqliteTokenizer.Tokenize(index.Sql, tokens);
            var isPlain = false;
            if (table is not null && !SqliteIndexFactsReader.TryRead(tokens, index.Name, table, out isPlain))
            {
                facts.Remove(index.TableName);
                catalog.TablesReadFromPragmas.Add(index.TableName);
            }

            // The model needs a CREATE INDEX only for what its rows lack: expressions, collations, the predicate.
            if (!isPlain)
            {
                catalog.IndexDefinitions[index.Name] = SqliteDdlParser.ParseCreateIndex(tokens);
            }
        }

        catalog.Columns.EnsureCapacity(facts.Count);
        catalog.IndexColumns.EnsureCapacity(facts.Count);
        foreach (var (name, table) in facts)
        {
            if (!table.AutoIndexesMatch)
            {
                catalog.TablesReadFromPragmas.Add(name);
                continue;
            }

            catalog.Columns[name] = table.Columns;
            if (table.ForeignKeys.Count > 0)
            {
                catalog.ForeignKeys[name] = table.ForeignKeys;
            }

            if (table.IndexColumns.Count > 0)
            {
                SortByIndexName(table.IndexColumns);
                catalog.IndexColumns[name] = table.IndexColumns;
            }
        }
    }

    // Each table's parsed CREATE TABLE (null when sqlite_master has no SQL for it) and derived facts (null when not
    // derived). The statements are independent of one another, so from twoThreadsFrom tables on a pool thread takes
    // chunks of them too, with its own token list and string pool: the strings are equal, whichever pool they come
    // from. The calling thread takes chunks until none is left and then waits only for a chunk the other thread
    // is still parsing, so a pool thread that starts late (or never) costs nothing but the parallelism.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (SqliteTableDefinition?, SqliteTableFacts?)[] ParseTables(
        List<SqliteObjectRow> tables, SqliteTokenList tokens, bool derive, int twoThreadsFrom, CancellationToken cancellationToken)
    {
        var parsed = new (SqliteTableDefinition?, SqliteTableFacts?)[tables.Count];
        if (tables.Count < twoThreadsFrom)
        {
            ParseTableRange(tables, 0, tables.Count, parsed, tokens, derive);
            return parsed;
        }

        var work = new SqliteChunkedWork((tables.Count + TablesPerChunk - 1) / TablesPerChunk);
        void ParseChunks(SqliteTokenList chunkTokens)
        {
            while (work.TryTake(out var chunk))
            {
                try
                {
                    if (!cancellationToken.IsCancellationRequested)
                    {
                        var start = chunk * TablesPerChunk;
                        ParseTableRange(tables, start, Math.Min(start + TablesPerChunk, tables.Count), parsed, chunkTokens, derive);
                    }
                }
                catch (Exception ex)
                {
                    work.Fail(ex);
                }
                finally
                {
                    work.Done();
                }
            }
        }

        _ = Task.Run(() => ParseChunks(new SqliteTokenList(new SqliteStringPool())), CancellationToken.None);
        ParseChunks(tokens);
        work.WaitForAll();
        return parsed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseTableRange(
        List<SqliteObjectRow> tables, int start, int end, (SqliteTableDefinition?, SqliteTableFacts?)[] parsed, SqliteTokenList tokens, bool derive)
    {
        var factsReader = new SqliteTableFactsReader(tokens);
        for (var i = start; i < end; i++)
        {
            var table = tables[i];
            if (table.Sql is null)
            {
                continue;
            }

            SqliteTokenizer.Tokenize(table.Sql, tokens);
            var definition = SqliteDdlParser.ParseCreateTable(tokens);
            parsed[i] = (definition, derive ? factsReader.Read(table.Name) : null);
        }
    }

    // The rows SqliteCatalogQueries calls ordinary tables: not SQLite's own, not virtual (ASCII case-insensitive, like LIKE).
    private static bool IsOrdinaryTable(SqliteObjectRow row) =>
        row.Type == "table" && !StartsWithAsciiIgnoreCase(row.Name, "sqlite_") && !StartsWithAsciiIgnoreCase(row.Sql ?? string.Empty, "CREATE VIRTUAL TABLE");

    private static bool StartsWithAsciiIgnoreCase(string text, string prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text.AsSpan(0, prefix.Length), prefix);

    // The pragma statement's order: by index name (BINARY), then key position. A stable insertion sort: each index's
    // rows are already in key order, and a table has a handful of rows.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortByIndexName(List<SqliteIndexColumnRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = i;
            while (at > 0 && SqliteCatalog.CompareBinary(rows[at - 1].IndexName, row.IndexName) > 0)
            {
                rows[at] = rows[at - 1];
                at--;
            }

            rows[at] = row;
        }
    }
}
