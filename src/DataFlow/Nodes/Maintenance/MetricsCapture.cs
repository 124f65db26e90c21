namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// The metrics of one <see cref="MonitoringNode"/> capture as they are gathered, turned into its <c>metrics</c> output:
/// <c>{ dialect, captured_at, tables: { name: { … } }, indexes: { name: { … } }, database: { … }, sources: { metric: how },
/// unavailable: [ { metric, reason } ] }</c>.
/// </summary>
internal sealed class MetricsCapture
{
    private readonly SortedDictionary<string, SortedDictionary<string, object?>> _tables = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedDictionary<string, object?>> _indexes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, object?> _database = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyDictionary<string, object?>> _unavailable = [];

    /// <summary>Sets a metric of a table.</summary>
    public void Table(string table, string key, object? value) => Entry(_tables, table)[key] = value;

    /// <summary>Sets a metric of an index.</summary>
    public void Index(string index, string key, object? value) => Entry(_indexes, index)[key] = value;

    /// <summary>Sets a database-wide metric.</summary>
    public void Database(string key, object? value) => _database[key] = value;

    /// <summary>Records how a metric was measured (<c>pg_total_relation_size</c>, <c>dbstat</c>, …).</summary>
    public void Source(string metric, string how) => _sources[metric] = how;

    /// <summary>Records that a metric could not be measured, and why.</summary>
    public void Unavailable(string metric, string reason) =>
        _unavailable.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["metric"] = metric, ["reason"] = reason });

    /// <summary>The output value.</summary>
    public IReadOnlyDictionary<string, object?> ToOutput(string dialect, DateTimeOffset capturedAt) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["dialect"] = dialect,
        ["captured_at"] = capturedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["tables"] = _tables.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        ["indexes"] = _indexes.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        ["database"] = new Dictionary<string, object?>(_database, StringComparer.Ordinal),
        ["sources"] = new Dictionary<string, string>(_sources, StringComparer.Ordinal),
        ["unavailable"] = _unavailable.ToList(),
    };

    private static SortedDictionary<string, object?> Entry(SortedDictionary<string, SortedDictionary<string, object?>> map, string name)
    {
        if (!map.TryGetValue(name, out var entry))
        {
            map[name] = entry = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        }

        return entry;
    }
}
