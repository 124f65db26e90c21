using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DataFlow.Discovery;
using DataFlow.Schema;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Reads a database's catalog on one connection, inside one read transaction so that every statement sees the
/// same schema. One statement reads <c>sqlite_master</c>; every <c>CREATE TABLE</c> and <c>CREATE INDEX</c> in it is
/// parsed once, and the column, foreign key and index rows of each table are derived from its statements
/// (<see cref="SqliteTableFactsReader"/>, <see cref="SqliteIndexFactsReader"/>) — the rows SQLite's pragmas would
/// give, without the cost of asking them. Views are read from <c>pragma_table_xinfo</c> (their columns come
/// from their query), and so is any table whose statements the readers do not fully understand: the pragma
/// statements then run once, for all such tables together. So the statements are BEGIN, the objects, the view
/// columns (when there are views), the three pragma statements (only when some table needs them), ROLLBACK —
/// whatever the number of tables; only if a view is broken (its table was dropped) are the views then read one
/// by one.
/// </summary>
internal static partial class SqliteCatalogReader
{
    /// <summary>The stages reported to <see cref="SchemaDiscoveryOptions.Progress"/>, in order.</summary>
    public static readonly string[] Stages = ["reading objects", "parsing definitions", "reading view columns", "reading table pragmas", "building the model"];

    // The derivation follows SQLite 3.37 and later (standard type names, STRICT tables); the pragma statements for
    // some of the tables pass their names as a JSON array.
    private static readonly Lazy<bool> CanDeriveFacts = new(() =>
    {
        var version = SQLitePCL.raw.sqlite3_libversion_number();
        var hasJson = SQLitePCL.raw.sqlite3_compileoption_used("OMIT_JSON") == 0
            && (version >= 3_038_000 || SQLitePCL.raw.sqlite3_compileoption_used("ENABLE_JSON1") == 1);
        return version >= 3_037_000 && hasJson;
    });

    /// <summary>Reads the catalog of the database open on <paramref name="connection"/>.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="progress">Receives the stages.</param>
    /// <param name="cancellationToken">Interrupts the running statement.</param>
    /// <param name="pragmasOnly">Reads every table from the pragmas, deriving nothing (tests compare the two routes).</param>
    /// <param name="within">
    /// A transaction already open on <paramref name="connection"/> to read in (a workflow run's, so that its own
    /// uncommitted schema changes are seen); null to read in a deferred transaction of its own, rolled back at the end.
    /// </param>
    public static async Task<SqliteCatalog> ReadAsync(
        SqliteConnection connection, IProgress<DiscoveryProgress>? progress, CancellationToken cancellationToken = default, bool pragmasOnly = false,
        SqliteTransaction? within = null)
    {
        var catalog = new SqliteCatalog();
        using var own = within is null ? connection.BeginTransaction(deferred: true) : null;
        var transaction = within ?? own!;
        var session = new SqliteQuerySession(connection, transaction, cancellationToken);

        Report(progress, 0);

        // The CREATE TABLE statements are parsed as they come (SqliteTableParsePipeline), the rest after sorting.
        var derive = !pragmasOnly && CanDeriveFacts.Value;
        var tableParsing = new SqliteTableParsePipeline(derive);
        try
        {
            await session.ReadStatementAsync(SqliteCatalogQueries.Objects, r => catalog.Objects.Add(ReadObject(r, tableParsing)));

            // By type, then name, in BINARY order (cheaper here than in SQLite's sorter, which would move all the SQL text).
            catalog.Objects.Sort((x, y) => x.Type == y.Type ? SqliteCatalog.CompareBinary(x.Name, y.Name) : SqliteCatalog.CompareBinary(x.Type, y.Type));

            Report(progress, 1);
            cancellationToken.ThrowIfCancellationRequested();
            ReadDefinitions(catalog, tableParsing, cancellationToken);
        }
        catch
        {
            // Otherwise the other parsing thread would wait for rows that never come.
            tableParsing.Abandon();
            throw;
        }

        Report(progress, 2);
        if (catalog.Objects.Exists(o => o.Type == "view"))
        {
            await ReadViewColumnsAsync(session, catalog);
        }

        Report(progress, 3);
        if (catalog.TablesReadFromPragmas.Count > 0)
        {
            await ReadTablePragmasAsync(session, catalog, derive ? catalog.TablesReadFromPragmas : null);
        }

        own?.Rollback();
        Report(progress, 4);
        cancellationToken.ThrowIfCancellationRequested();
        return catalog;
    }

    /// <summary>Reports stage <paramref name="completed"/> (0-based) as under way.</summary>
    public static void Report(IProgress<DiscoveryProgress>? progress, int completed) =>
        progress?.Report(new DiscoveryProgress(completed < Stages.Length ? Stages[completed] : "done", completed, Stages.Length));

    // The three pragma statements, for the tables named (null: for every ordinary table).
    private static async Task ReadTablePragmasAsync(SqliteQuerySession session, SqliteCatalog catalog, List<string>? tables)
    {
        (string, object)[] parameters = tables is null ? [] : [("$tables", JsonSerializer.Serialize(tables))];
        await session.ReadAsync(tables is null ? SqliteCatalogQueries.TableColumns : SqliteCatalogQueries.TableColumnsOfNamedTables,
            r => SqliteCatalog.Add(catalog.Columns, r.GetString(0), ReadColumn(r)), parameters);

        await session.ReadAsync(tables is null ? SqliteCatalogQueries.ForeignKeys : SqliteCatalogQueries.ForeignKeysOfNamedTables,
            r => SqliteCatalog.Add(catalog.ForeignKeys, r.GetString(0), new SqliteForeignKeyRow(
                r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.GetString(7))),
            parameters);

        await session.ReadAsync(tables is null ? SqliteCatalogQueries.IndexColumns : SqliteCatalogQueries.IndexColumnsOfNamedTables,
            r => SqliteCatalog.Add(catalog.IndexColumns, r.GetString(0), new SqliteIndexColumnRow(
                r.GetString(1), r.GetInt64(2) != 0, r.GetString(3), r.GetInt64(4) != 0, r.GetInt32(5), r.GetInt32(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.GetInt64(8) != 0)),
            parameters);
    }

    // The catalog keeps these strings until discovery ends: one instance of each type name, and a table's or view's
    // own name as its tbl_name (which SQLite sets to it). An ordinary table's statement goes to the parse pipeline as
    // the UTF-8 bytes SQLite holds, never becoming a string (its row's Sql stays null).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SqliteObjectRow ReadObject(SqliteStatementReader r, SqliteTableParsePipeline tableParsing)
    {
        var typeText = r.GetUtf8(0);
        var type = typeText.SequenceEqual("table"u8) ? "table"
            : typeText.SequenceEqual("index"u8) ? "index"
            : typeText.SequenceEqual("view"u8) ? "view"
            : typeText.SequenceEqual("trigger"u8) ? "trigger"
            : r.GetString(0);
        var name = r.GetString(1);
        var tableName = type is "table" or "view" ? name : r.GetString(2);
        var hasSql = !r.IsNull(3);
        var sql = hasSql ? r.GetUtf8(3) : default;
        if (type == "table" && IsOrdinaryTable(name, sql))
        {
            var table = new SqliteObjectRow(type, name, tableName, null);
            tableParsing.Offer(table, sql, hasSql);
            return table;
        }

        return new SqliteObjectRow(type, name, tableName, hasSql ? Encoding.UTF8.GetString(sql) : null);
    }

    private static SqliteColumnRow ReadColumn(SqliteDataReader r) => new(
        r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? string.Empty : r.GetString(3), r.GetInt64(4) != 0,
        r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), r.GetInt32(7));

    // A view over a dropped table makes pragma_table_xinfo fail, and with it the set-based statement.
    // Then (only then) the views are read one by one, so that the one broken view becomes a warning.
    private static async Task ReadViewColumnsAsync(SqliteQuerySession session, SqliteCatalog catalog)
    {
        var rows = new List<(string View, SqliteColumnRow Column)>();
        try
        {
            await session.ReadAsync(SqliteCatalogQueries.ViewColumns, r => rows.Add((r.GetString(0), ReadColumn(r))));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode != SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            rows.Clear();
            foreach (var view in catalog.Objects.Where(o => o.Type == "view"))
            {
                try
                {
                    await session.ReadAsync(SqliteCatalogQueries.SingleViewColumns, r => rows.Add((view.Name, ReadColumn(r))), ("$view", view.Name));
                }
                catch (SqliteException viewError) when (viewError.SqliteErrorCode != SQLitePCL.raw.SQLITE_INTERRUPT)
                {
                    catalog.Warnings.Add(new SchemaWarning
                    {
                        Code = ErrorCodes.PartiallyVisible,
                        ObjectKind = "view",
                        ObjectName = view.Name,
                        Message = $"The columns of the view '{view.Name}' could not be read ({viewError.Message}); it is listed without columns.",
                    });
                }
            }
        }

        foreach (var (view, column) in rows)
        {
            SqliteCatalog.Add(catalog.Columns, view, column);
        }
    }
}
