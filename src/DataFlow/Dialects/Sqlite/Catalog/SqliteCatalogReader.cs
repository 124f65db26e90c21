using DataFlow.Discovery;
using DataFlow.Schema;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Runs the catalog statements of <see cref="SqliteCatalogQueries"/> on one connection, inside one read
/// transaction so that all of them see the same schema, and groups the rows into a <see cref="SqliteCatalog"/>.
/// Five SELECT statements (plus BEGIN and ROLLBACK) whatever the number of tables; only if a view is broken
/// (its table was dropped) are the views then read one by one.
/// </summary>
internal static class SqliteCatalogReader
{
    /// <summary>The stages reported to <see cref="SchemaDiscoveryOptions.Progress"/>, in order.</summary>
    public static readonly string[] Stages = ["reading objects", "reading table columns", "reading view columns", "reading foreign keys", "reading indexes", "building the model"];

    /// <summary>Reads the catalog rows of the database open on <paramref name="connection"/>.</summary>
    public static async Task<SqliteCatalog> ReadAsync(SqliteConnection connection, IProgress<DiscoveryProgress>? progress, CancellationToken cancellationToken = default)
    {
        var catalog = new SqliteCatalog();
        using var transaction = connection.BeginTransaction(deferred: true);
        var session = new SqliteQuerySession(connection, transaction, cancellationToken);

        Report(progress, 0);
        await session.ReadAsync(SqliteCatalogQueries.Objects, r => catalog.Objects.Add(
            new SqliteObjectRow(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3))));

        Report(progress, 1);
        await session.ReadAsync(SqliteCatalogQueries.TableColumns, r => SqliteCatalog.Add(catalog.Columns, r.GetString(0), ReadColumn(r)));

        Report(progress, 2);
        await ReadViewColumnsAsync(session, catalog);

        Report(progress, 3);
        await session.ReadAsync(SqliteCatalogQueries.ForeignKeys, r => SqliteCatalog.Add(catalog.ForeignKeys, r.GetString(0), new SqliteForeignKeyRow(
            r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.GetString(7))));

        Report(progress, 4);
        await session.ReadAsync(SqliteCatalogQueries.IndexColumns, r => SqliteCatalog.Add(catalog.IndexColumns, r.GetString(0), new SqliteIndexColumnRow(
            r.GetString(1), r.GetInt64(2) != 0, r.GetString(3), r.GetInt64(4) != 0, r.GetInt32(5), r.GetInt32(6),
            r.IsDBNull(7) ? null : r.GetString(7), r.GetInt64(8) != 0, r.IsDBNull(9) ? null : r.GetString(9))));

        transaction.Rollback();
        Report(progress, 5);
        return catalog;
    }

    /// <summary>Reports stage <paramref name="completed"/> (0-based) as under way.</summary>
    public static void Report(IProgress<DiscoveryProgress>? progress, int completed) =>
        progress?.Report(new DiscoveryProgress(completed < Stages.Length ? Stages[completed] : "done", completed, Stages.Length));

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
