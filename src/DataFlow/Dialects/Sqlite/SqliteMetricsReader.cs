using DataFlow.Data;
using DataFlow.Nodes.Maintenance;
using Microsoft.Data.Sqlite;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// SQLite metrics: table sizes from the <c>dbstat</c> virtual table when the engine has it, else only the whole
/// file (<c>page_count × page_size</c>) with the per-table sizes reported unavailable. SQLite keeps no index or
/// query statistics: <c>index_usage</c> and <c>query_performance</c> are always reported unavailable.
/// </summary>
internal sealed class SqliteMetricsReader : IMetricsReader
{
    private const string TableSizeSql = """
        SELECT COALESCE(SUM(pgsize), 0), COALESCE(SUM(CASE WHEN name = @p0 THEN pgsize END), 0)
        FROM dbstat WHERE name = @p0 OR name IN (SELECT name FROM pragma_index_list(@p0))
        """;

    /// <inheritdoc />
    public async Task CaptureAsync(DataSession session, IReadOnlyList<string> tables, IReadOnlySet<string> metrics, MetricsCapture capture, CancellationToken cancellationToken = default)
    {
        if (metrics.Contains(MonitoringMetrics.TableSize))
        {
            await using (var file = session.Command("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", []))
            {
                capture.Database("file_size_bytes", Convert.ToInt64(await file.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
            }

            if (await HasDbstatAsync(session, cancellationToken))
            {
                capture.Source(MonitoringMetrics.TableSize, "dbstat (pages of the table and its indexes)");
                foreach (var table in tables)
                {
                    await using var command = session.Command(TableSizeSql, [new SqlArgument(table)]);
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    await reader.ReadAsync(cancellationToken);
                    capture.Table(table, "table_size_bytes", reader.GetInt64(0));
                    capture.Table(table, "data_size_bytes", reader.GetInt64(1));
                    capture.Table(table, "index_size_bytes", reader.GetInt64(0) - reader.GetInt64(1));
                }
            }
            else
            {
                capture.Source(MonitoringMetrics.TableSize, "page_count × page_size (whole database file only)");
                capture.Unavailable(MonitoringMetrics.TableSize, "this SQLite engine has no dbstat virtual table, so only the whole file's size (database.file_size_bytes) is known, not each table's");
            }
        }

        if (metrics.Contains(MonitoringMetrics.IndexUsage))
        {
            capture.Unavailable(MonitoringMetrics.IndexUsage, "SQLite keeps no index usage statistics");
        }

        if (metrics.Contains(MonitoringMetrics.QueryPerformance))
        {
            capture.Unavailable(MonitoringMetrics.QueryPerformance, "SQLite keeps no query statistics");
        }
    }

    // dbstat exists only when the engine was compiled with SQLITE_ENABLE_DBSTAT_VTAB; preparing a query on it is the test.
    private static async Task<bool> HasDbstatAsync(DataSession session, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = session.Command("SELECT 1 FROM dbstat LIMIT 1", []);
            await probe.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (SqliteException error) when (error.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
    }
}
