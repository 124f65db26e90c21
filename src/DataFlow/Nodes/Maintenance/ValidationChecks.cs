using DataFlow.Workflows;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// Reads a <see cref="ValidationNode"/>'s checks from its inputs: the seed's flat form (<c>check_column_exists: true,
/// table, column</c>, several flags at once sharing <c>table</c>/<c>column</c>) and the <c>checks</c> list
/// (<c>[{ "check": "not_null", "table": "users", "column": "email" }, …]</c>) for checks on several tables.
/// </summary>
internal static class ValidationChecks
{
    /// <summary>The check names, as in the flat flags without <c>check_</c>.</summary>
    public static readonly string[] Kinds = ["table_exists", "column_exists", "index_exists", "not_null", "unique", "row_count"];

    /// <summary>The checks asked for, in the order of <see cref="Kinds"/> then the list.</summary>
    /// <exception cref="DataFlowException">A check lacks what it needs (<c>DF-WF-012</c> through <paramref name="fail"/>).</exception>
    public static List<ValidationCheck> From(IReadOnlyDictionary<string, object?> inputs, Action<string, string, string> fail)
    {
        var checks = new List<ValidationCheck>();
        foreach (var kind in Kinds)
        {
            if (inputs.TryGetValue("check_" + kind, out var flag) && flag is not null and not false)
            {
                checks.Add(Build(kind, inputs, flag, "check_" + kind, fail));
            }
        }

        if (inputs.TryGetValue("checks", out var list) && list is not null)
        {
            var items = ValueConversion.TryConvert<IReadOnlyList<object?>>(list, out var values) ? values : [];
            for (var i = 0; i < items.Count; i++)
            {
                var path = $"checks[{i}]";
                if (!ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(items[i], out var item))
                {
                    fail("checks", $"{path} is not an object", "Write each check as { \"check\": \"not_null\", \"table\": \"users\", \"column\": \"email\" }.");
                    continue;
                }

                var kind = item.TryGetValue("check", out var name) ? name as string : null;
                kind = kind?.StartsWith("check_", StringComparison.Ordinal) == true ? kind[6..] : kind;
                if (kind is null || Array.IndexOf(Kinds, kind) < 0)
                {
                    fail("checks", $"{path}.check is '{name}'", "Use one of: " + string.Join(", ", Kinds) + ".");
                    continue;
                }

                checks.Add(Build(kind, item, item.GetValueOrDefault("row_count") ?? item, path, fail));
            }
        }

        if (checks.Count == 0)
        {
            fail("check_table_exists", "no check is asked for", "Set one or more of check_table_exists, check_column_exists, check_index_exists, check_not_null, check_unique, check_row_count, or give a checks list.");
        }

        return checks;
    }

    private static ValidationCheck Build(string kind, IReadOnlyDictionary<string, object?> values, object flag, string path, Action<string, string, string> fail)
    {
        var table = values.GetValueOrDefault("table") as string;
        var columns = Columns(values);
        var index = values.GetValueOrDefault("index") as string;
        var needsColumn = kind is "column_exists" or "not_null" or "unique";
        if (table is null && kind != "index_exists")
        {
            fail(path, "it needs a table", "Give 'table' with the check.");
        }

        if (needsColumn && columns.Count == 0)
        {
            fail(path, "it needs a column", kind == "unique" ? "Give 'column', or 'columns' for a multi-column check." : "Give 'column' with the check.");
        }

        if (kind == "index_exists" && index is null)
        {
            fail(path, "it needs an index name", "Give 'index' with the check (and optionally the 'table' it must belong to).");
        }

        long? min = null, max = null, equal = null;
        if (kind == "row_count")
        {
            if (!ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(flag, out var bounds) || !(bounds.ContainsKey("min") || bounds.ContainsKey("max") || bounds.ContainsKey("equals")))
            {
                fail(path, "row_count needs bounds", "Write check_row_count: { \"min\": 1 }, { \"max\": 1000 } or { \"equals\": 42 }.");
            }
            else
            {
                (min, max, equal) = (Bound(bounds, "min"), Bound(bounds, "max"), Bound(bounds, "equals"));
            }
        }

        return new ValidationCheck(kind, table, columns, index, min, max, equal);
    }

    private static List<string> Columns(IReadOnlyDictionary<string, object?> values)
    {
        if (values.GetValueOrDefault("columns") is { } many && ValueConversion.TryConvert<IReadOnlyList<object?>>(many, out var list))
        {
            return [.. list.OfType<string>()];
        }

        return values.GetValueOrDefault("column") is string one ? [one] : [];
    }

    private static long? Bound(IReadOnlyDictionary<string, object?> bounds, string name) =>
        bounds.TryGetValue(name, out var value) && value is not null && ValueConversion.TryConvert<long>(value, out var number) ? number : null;
}
