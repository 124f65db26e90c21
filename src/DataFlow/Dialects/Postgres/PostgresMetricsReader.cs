using DataFlow.Data;
using DataFlow.Nodes.Maintenance;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// PostgreSQL metrics: <c>pg_total_relation_size</c> for sizes, <c>pg_stat_user_indexes</c> for index usage,
/// <c>pg_stat_user_tables</c> scans for query performance, plus a <c>pg_stat_statements</c> summary when that
/// extension is installed and loaded. The statistics snapshot is cleared first, so two captures in one transaction
/// do not see the same cached numbers.
/// </summary>
internal sealed class PostgresMetricsReader : IMetricsReader
{
    private const string Qualified = "(n.nspname || '.' || c.relname)";

    private const string SizesSql = "SELECT " + Qualified + ", pg_total_relation_size(c.oid), pg_relation_size(c.oid), pg_indexes_size(c.oid) " +
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND " + Qualified + " = ANY ($1)";

    private const string IndexUsageSql = "SELECT s.schemaname || '.' || s.indexrelname, s.schemaname || '.' || s.relname, s.idx_scan, s.idx_tup_read, s.idx_tup_fetch, " +
        "pg_relation_size(s.indexrelid) FROM pg_stat_user_indexes s WHERE s.schemaname || '.' || s.relname = ANY ($1)";

    private const string TableScansSql = "SELECT s.schemaname || '.' || s.relname, s.seq_scan, s.seq_tup_read, COALESCE(s.idx_scan, 0), COALESCE(s.idx_tup_fetch, 0), " +
        "s.n_live_tup, s.n_dead_tup FROM pg_stat_user_tables s WHERE s.schemaname || '.' || s.relname = ANY ($1)";

    private const string StatementsAvailableSql = "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements') " +
        "AND current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%'";

    private const string StatementsSql = "SELECT COALESCE(sum(calls), 0)::int8, COALESCE(sum(total_exec_time), 0)::float8, COALESCE(sum(rows), 0)::int8 " +
        "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";

    /// <inheritdoc />
    public async Task CaptureAsync(DataSession session, IReadOnlyList<string> tables, IReadOnlySet<string> metrics, MetricsCapture capture, CancellationToken cancellationToken = default)
    {
        var names = new SqlArgument(tables.ToArray());
        await using (var clear = session.Command("SELECT pg_stat_clear_snapshot()", []))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        if (metrics.Contains(MonitoringMetrics.TableSize))
        {
            capture.Source(MonitoringMetrics.TableSize, "pg_total_relation_size (table + indexes + TOAST), pg_relation_size, pg_indexes_size");
            await ReadAsync(session, SizesSql, names, row =>
            {
                capture.Table(row.GetString(0), "table_size_bytes", row.GetInt64(1));
                capture.Table(row.GetString(0), "data_size_bytes", row.GetInt64(2));
                capture.Table(row.GetString(0), "index_size_bytes", row.GetInt64(3));
            }, cancellationToken);
        }

        if (metrics.Contains(MonitoringMetrics.IndexUsage))
        {
            capture.Source(MonitoringMetrics.IndexUsage, "pg_stat_user_indexes");
            await ReadAsync(session, IndexUsageSql, names, row =>
            {
                var index = row.GetString(0);
                capture.Index(index, "table", row.GetString(1));
                capture.Index(index, "idx_scan", row.GetInt64(2));
                capture.Index(index, "idx_tup_read", row.GetInt64(3));
                capture.Index(index, "idx_tup_fetch", row.GetInt64(4));
                capture.Index(index, "size_bytes", row.GetInt64(5));
            }, cancellationToken);
        }

        if (metrics.Contains(MonitoringMetrics.QueryPerformance))
        {
            await CaptureQueriesAsync(session, names, capture, cancellationToken);
        }
    }

    private static async Task CaptureQueriesAsync(DataSession session, SqlArgument names, MetricsCapture capture, CancellationToken cancellationToken)
    {
        await ReadAsync(session, TableScansSql, names, row =>
        {
            var table = row.GetString(0);
            capture.Table(table, "seq_scan", row.GetInt64(1));
            capture.Table(table, "seq_tup_read", row.GetInt64(2));
            capture.Table(table, "idx_scan", row.GetInt64(3));
            capture.Table(table, "idx_tup_fetch", row.GetInt64(4));
            capture.Table(table, "live_tuples", row.GetInt64(5));
            capture.Table(table, "dead_tuples", row.GetInt64(6));
        }, cancellationToken);

        await using var probe = session.Command(StatementsAvailableSql, []);
        if (await probe.ExecuteScalarAsync(cancellationToken) is true)
        {
            capture.Source(MonitoringMetrics.QueryPerformance, "pg_stat_statements (database totals) and pg_stat_user_tables (scans per table)");
            await ReadAsync(session, StatementsSql, null, row =>
            {
                var calls = row.GetInt64(0);
                capture.Database("statement_calls", calls);
                capture.Database("statement_total_exec_ms", row.GetDouble(1));
                capture.Database("statement_mean_exec_ms", calls == 0 ? 0.0 : row.GetDouble(1) / calls);
                capture.Database("statement_rows", row.GetInt64(2));
            }, cancellationToken);
        }
        else
        {
            capture.Source(MonitoringMetrics.QueryPerformance, "pg_stat_user_tables (scans per table); pg_stat_statements is not installed or not loaded");
        }
    }

    private static async Task ReadAsync(DataSession session, string sql, SqlArgument? names, Action<System.Data.Common.DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = session.Command(sql, names is { } value ? [value] : []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
