using DataFlow.Data;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// <c>MonitoringNode</c>: captures <c>capture_metrics</c> (<c>table_size</c>, <c>row_count</c>, <c>index_usage</c>,
/// <c>query_performance</c>) for <c>tables</c> (default: every user table), reporting what the engine cannot
/// measure under <c>unavailable</c>. Connect an earlier capture (<c>pre.metrics → post.compare_with</c>) to get the
/// changes as <c>comparison</c>, and with <c>alert_on_degradation</c> (true, or thresholds) the crossed thresholds as
/// <c>alerts</c> and <c>degraded</c>.
/// </summary>
internal sealed class MonitoringNode(DataConnections data) : MaintenanceNode(data)
{
    private static readonly string[] OutputNames = ["metrics", "comparison", "alerts", "degraded", "result"];

    /// <inheritdoc />
    public override string Description => "Captures table, index and query metrics and compares them with an earlier capture.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("capture_metrics", ParameterType.List) { Default = new List<object?> { MonitoringMetrics.TableSize, MonitoringMetrics.RowCount }, Description = "Metrics: table_size, row_count, index_usage, query_performance." },
        new("tables", ParameterType.Any) { Description = "A table or a list of tables; default: every user table." },
        new("compare_with", ParameterType.Any) { Description = "Connect another MonitoringNode's metrics output here to compare with it." },
        new("alert_on_degradation", ParameterType.Any) { Default = false, Description = "true for the default thresholds, or an object of thresholds; needs compare_with." },
        Input,
        ModelParameters.Transaction,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs => OutputNames;

    /// <inheritdoc />
    protected override string Work => "a metrics query";

    /// <inheritdoc />
    protected internal override void Validate(NodeValidationContext context)
    {
        if (context.Parameters.TryGetValue("compare_with", out var compare) && compare is string node)
        {
            context.Fail("compare_with", $"it names the node '{node}'", $"Connect that node's capture instead: AddConnection(\"{node}\", \"metrics\", \"{context.NodeId}\", \"compare_with\").");
        }

        if (context.Parameters.TryGetValue("capture_metrics", out var given) && given is not null && !context.IsConnected("capture_metrics"))
        {
            Metrics(given, context.Fail);
        }

        if (context.Parameters.TryGetValue("alert_on_degradation", out var alert))
        {
            MetricsComparison.Thresholds(alert, context.Fail);
        }
    }

    /// <inheritdoc />
    protected override async Task<NodeOutput> RunAsync(NodeContext context, DataSession session, CancellationToken cancellationToken)
    {
        var inputs = context.Inputs;
        Action<string, string, string> fail = (parameter, problem, hint) => throw DataFlowErrors.InvalidParameterValue(context.NodeId, parameter, problem, hint);
        var metrics = Metrics(inputs.Get<object?>("capture_metrics"), fail);
        var thresholds = MetricsComparison.Thresholds(inputs.GetOrDefault<object?>("alert_on_degradation", null), fail);
        var tables = await TablesAsync(context, session, cancellationToken);
        var capture = new MetricsCapture();
        var capturedAt = DateTimeOffset.UtcNow;
        if (metrics.Contains(MonitoringMetrics.RowCount))
        {
            capture.Source(MonitoringMetrics.RowCount, "count(*)");
            foreach (var table in tables)
            {
                await using var count = session.Command("SELECT COUNT(*) FROM " + session.Dialect.TableName(table), []);
                capture.Table(table.QualifiedName, "row_count", Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        await session.Dialect.Metrics.CaptureAsync(session, [.. tables.Select(t => t.QualifiedName)], metrics, capture, cancellationToken);
        var output = capture.ToOutput(session.Dialect.Name, capturedAt);
        Dictionary<string, object?>? comparison = null;
        List<IReadOnlyDictionary<string, object?>> alerts = [];
        if (inputs.GetOrDefault<IReadOnlyDictionary<string, object?>?>("compare_with", null) is { } before)
        {
            comparison = MetricsComparison.Compare(before, output);
            alerts = thresholds is null ? [] : MetricsComparison.Alerts(comparison, thresholds);
            foreach (var alert in alerts)
            {
                DataNodesLog.Degraded(context.Logger, context.NodeId, (string)alert["message"]!);
            }
        }

        return Output([new("metrics", output), new("comparison", comparison), new("alerts", alerts), new("degraded", alerts.Count > 0)]);
    }

    private static HashSet<string> Metrics(object? value, Action<string, string, string> fail)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var list = value is not null && ValueConversion.TryConvert<IReadOnlyList<object?>>(value, out var items) ? items : [];
        foreach (var item in list)
        {
            if (item is not string name || !MonitoringMetrics.All.Contains(name))
            {
                fail("capture_metrics", $"'{item}' is not a metric", "Metrics: " + string.Join(", ", MonitoringMetrics.All) + ".");
                continue;
            }

            names.Add(name);
        }

        return names;
    }

    private static async Task<List<Schema.Table>> TablesAsync(NodeContext context, DataSession session, CancellationToken cancellationToken)
    {
        var given = context.Inputs.GetOrDefault<object?>("tables", null);
        IReadOnlyList<string> names = given switch
        {
            null => await session.Dialect.LiveCatalog.TableNamesAsync(session, cancellationToken),
            string one => [one],
            _ when ValueConversion.TryConvert<IReadOnlyList<object?>>(given, out var list) && list.All(v => v is string) => [.. list.Cast<string>()],
            _ => throw DataFlowErrors.InvalidParameterValue(context.NodeId, "tables", $"it is {ParameterTypes.Describe(given)}", "Give a table name or a list of table names."),
        };
        var tables = new List<Schema.Table>(names.Count);
        foreach (var name in names)
        {
            tables.Add(await RequireTableAsync(session, context.NodeId, "tables", name, cancellationToken));
        }

        return tables;
    }
}
