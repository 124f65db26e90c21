using System.Globalization;
using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// Compares two <see cref="MonitoringNode"/> captures and raises alerts where a threshold is crossed: a table grew by
/// more than <c>table_size_growth_pct</c>, lost more than <c>row_count_drop_pct</c> of its rows, saw more than
/// <c>seq_scan_increase</c> new sequential scans; an index disappeared; the mean statement time rose by more than
/// <c>mean_exec_time_increase_pct</c>.
/// </summary>
internal static class MetricsComparison
{
    /// <summary>The default thresholds (used for <c>alert_on_degradation: true</c> and for keys an object leaves out).</summary>
    public static IReadOnlyDictionary<string, double> DefaultThresholds { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["table_size_growth_pct"] = 50,
        ["row_count_drop_pct"] = 0,
        ["seq_scan_increase"] = 1000,
        ["mean_exec_time_increase_pct"] = 50,
    };

    /// <summary>The changes between <paramref name="before"/> and <paramref name="after"/>, per table and index.</summary>
    public static Dictionary<string, object?> Compare(IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after)
    {
        var tables = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var afterTables = Section(after, "tables");
        foreach (var (table, value) in Section(before, "tables"))
        {
            if (!afterTables.TryGetValue(table, out var now))
            {
                tables[table] = new Dictionary<string, object?> { ["missing_after"] = true };
                continue;
            }

            tables[table] = Changes(AsObject(value), AsObject(now));
        }

        var afterIndexes = Section(after, "indexes");
        var missingIndexes = Section(before, "indexes").Keys.Where(i => !afterIndexes.ContainsKey(i)).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["tables"] = tables,
            ["missing_indexes"] = missingIndexes,
            ["database"] = Changes(Section(before, "database"), Section(after, "database")),
        };
    }

    /// <summary>The alerts for <paramref name="comparison"/> under <paramref name="thresholds"/>.</summary>
    public static List<IReadOnlyDictionary<string, object?>> Alerts(Dictionary<string, object?> comparison, IReadOnlyDictionary<string, double> thresholds)
    {
        var alerts = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var (table, value) in (IDictionary<string, object?>)comparison["tables"]!)
        {
            var changes = AsObject(value);
            Check(alerts, changes, table, "table_size_bytes", "table_size_growth_pct", thresholds, c => Pct(c) > thresholds["table_size_growth_pct"], "grew by {0:F1} %");
            Check(alerts, changes, table, "row_count", "row_count_drop_pct", thresholds, c => -Pct(c) > thresholds["row_count_drop_pct"], "lost {0:F1} % of its rows");
            Check(alerts, changes, table, "seq_scan", "seq_scan_increase", thresholds, c => Change(c) > thresholds["seq_scan_increase"], "saw {1} more sequential scans");
        }

        foreach (var index in (List<string>)comparison["missing_indexes"]!)
        {
            alerts.Add(Alert("index_missing", index, null, null, null, $"index {index} no longer exists"));
        }

        var database = AsObject(comparison["database"]);
        Check(alerts, database, "database", "statement_mean_exec_ms", "mean_exec_time_increase_pct", thresholds, c => Pct(c) > thresholds["mean_exec_time_increase_pct"], "mean statement time rose by {0:F1} %");
        return alerts;
    }

    /// <summary>The thresholds from <c>alert_on_degradation</c>: null when off, the defaults for true, the defaults overridden by an object.</summary>
    public static IReadOnlyDictionary<string, double>? Thresholds(object? option, Action<string, string, string> fail)
    {
        if (option is null or false)
        {
            return null;
        }

        var thresholds = new Dictionary<string, double>(DefaultThresholds, StringComparer.Ordinal);
        if (option is true)
        {
            return thresholds;
        }

        if (!ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(option, out var given))
        {
            fail("alert_on_degradation", "it is neither true/false nor an object of thresholds", "Write true, or { \"table_size_growth_pct\": 20 }.");
            return null;
        }

        foreach (var (name, value) in given)
        {
            if (!thresholds.ContainsKey(name) || Number(value) is not { } number)
            {
                fail("alert_on_degradation", $"'{name}' is not a threshold with a number", "Thresholds: " + string.Join(", ", DefaultThresholds.Keys) + ".");
                return null;
            }

            thresholds[name] = number;
        }

        return thresholds;
    }

    private static void Check(List<IReadOnlyDictionary<string, object?>> alerts, IReadOnlyDictionary<string, object?> changes, string subject, string metric,
        string threshold, IReadOnlyDictionary<string, double> thresholds, Func<IReadOnlyDictionary<string, object?>, bool> crossed, string message)
    {
        if (changes.TryGetValue(metric, out var value) && value is IReadOnlyDictionary<string, object?> change && crossed(change))
        {
            alerts.Add(Alert(metric, subject, change["before"], change["after"], thresholds[threshold],
                subject + " " + string.Format(CultureInfo.InvariantCulture, message, Pct(change), Change(change))));
        }
    }

    private static Dictionary<string, object?> Alert(string metric, string subject, object? before, object? after, double? threshold, string message) => new(StringComparer.Ordinal)
    {
        ["metric"] = metric,
        ["subject"] = subject,
        ["before"] = before,
        ["after"] = after,
        ["threshold"] = threshold,
        ["message"] = message,
    };

    // Every numeric metric present in both: before, after, change and change in percent.
    private static SortedDictionary<string, object?> Changes(IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (metric, value) in after)
        {
            if (before.TryGetValue(metric, out var old) && Number(old) is { } a && Number(value) is { } b)
            {
                changes[metric] = new Dictionary<string, object?> { ["before"] = a, ["after"] = b, ["change"] = b - a, ["change_pct"] = Percent(a, b) };
            }
        }

        return changes;
    }

    private static double Pct(IReadOnlyDictionary<string, object?> change) => change["change_pct"] is double pct ? pct : 0;

    private static double Change(IReadOnlyDictionary<string, object?> change) => (double)change["change"]!;

    private static double? Percent(double before, double after) => before == 0 ? (after == 0 ? 0 : null) : (after - before) * 100 / before;

    private static double? Number(object? value) => value is not null and not bool && ValueConversion.TryConvert<double>(value, out var number) ? number : null;

    private static IReadOnlyDictionary<string, object?> Section(IReadOnlyDictionary<string, object?> capture, string name) =>
        capture.TryGetValue(name, out var value) ? AsObject(value) : new Dictionary<string, object?>();

    private static IReadOnlyDictionary<string, object?> AsObject(object? value) =>
        value is not null && ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(value, out var map) ? map : new Dictionary<string, object?>();
}
