using DataFlow.Data;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// Reads an engine's size and usage statistics for <see cref="MonitoringNode"/> into a <see cref="MetricsCapture"/>,
/// set-based (one query per metric for all tables). A metric the engine cannot give is recorded as unavailable with
/// the reason — never estimated silently.
/// </summary>
internal interface IMetricsReader
{
    /// <summary>Captures <paramref name="metrics"/> (<c>table_size</c>, <c>index_usage</c>, <c>query_performance</c>) for <paramref name="tables"/> (qualified names).</summary>
    Task CaptureAsync(DataSession session, IReadOnlyList<string> tables, IReadOnlySet<string> metrics, MetricsCapture capture, CancellationToken cancellationToken = default);
}
