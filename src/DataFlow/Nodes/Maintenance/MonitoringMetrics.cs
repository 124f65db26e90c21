namespace DataFlow.Nodes.Maintenance;

/// <summary>The metric names <c>capture_metrics</c> accepts.</summary>
internal static class MonitoringMetrics
{
    /// <summary>Bytes on disk per table (with its indexes).</summary>
    public const string TableSize = "table_size";

    /// <summary>Rows per table (<c>count(*)</c>).</summary>
    public const string RowCount = "row_count";

    /// <summary>Scans per index.</summary>
    public const string IndexUsage = "index_usage";

    /// <summary>Sequential and index scans per table; statement totals where <c>pg_stat_statements</c> is loaded.</summary>
    public const string QueryPerformance = "query_performance";

    /// <summary>Every metric, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [TableSize, RowCount, IndexUsage, QueryPerformance];
}
