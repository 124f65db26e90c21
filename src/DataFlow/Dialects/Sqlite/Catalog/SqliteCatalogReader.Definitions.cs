using System.Runtime.CompilerServices;
using System.Text;

namespace DataFlow.Dialects.Sqlite;

internal static partial class SqliteCatalogReader
{
    // Parses every CREATE TABLE (tableParsing, as the rows came) and CREATE INDEX statement once (the model builder
    // uses the definitions) and, when the pipeline derives, derives each table's catalog rows from its statements. A table's rows are derived in full or
    // not at all: when its CREATE TABLE, one of its CREATE INDEX statements, or the automatic indexes sqlite_master
    // lists for it disagree with what the readers understood, the table is left for the pragmas to read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadDefinitions(SqliteCatalog catalog, SqliteTableParsePipeline tableParsing, CancellationToken cancellationToken)
    {
        var tokens = new SqliteTokenList(new SqliteStringPool());
        var facts = new Dictionary<string, SqliteTableFacts>(tableParsing.TableCount, StringComparer.Ordinal);
        catalog.TableDefinitions.EnsureCapacity(tableParsing.TableCount);
        var parsed = tableParsing.Finish(tokens);

        // In catalog order, whichever thread parsed the table.
        foreach (var table in catalog.Objects)
        {
            if (!IsOrdinaryTable(table))
            {
                continue;
            }

            var (definition, derived) = parsed[table.Name];
            if (definition is not null)
            {
                catalog.TableDefinitions[table.Name] = definition;
            }

            if (derived is not null)
            {
                facts[table.Name] = derived;
            }
            else
            {
                catalog.TablesReadFromPragmas.Add(table.Name);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReadIndexes(catalog, facts, tokens);

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

    // The rows SqliteCatalogQueries calls ordinary tables: not SQLite's own, not virtual (ASCII case-insensitive, like LIKE).
    // An ordinary table's row has no Sql (its statement was parsed as it was read), so a table row with Sql is not one.
    internal static bool IsOrdinaryTable(SqliteObjectRow row) =>
        row.Type == "table" && !StartsWithAsciiIgnoreCase(row.Name, "sqlite_") && !StartsWithAsciiIgnoreCase(row.Sql ?? string.Empty, "CREATE VIRTUAL TABLE");

    // The same test on a table row as it is read: its name and the UTF-8 bytes of its statement.
    private static bool IsOrdinaryTable(string name, ReadOnlySpan<byte> sql) =>
        !StartsWithAsciiIgnoreCase(name, "sqlite_") && !(sql.Length >= "CREATE VIRTUAL TABLE"u8.Length && Ascii.EqualsIgnoreCase(sql[.."CREATE VIRTUAL TABLE"u8.Length], "CREATE VIRTUAL TABLE"u8));

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
