using System.Collections;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data;

/// <summary>
/// Parses <c>order_by</c>: <c>"-created_at"</c>, <c>"last_name,-age"</c>, <c>["last_name", "-age"]</c>,
/// <c>{ "last_name": 1, "age": -1 }</c> (also <c>"asc"</c>/<c>"desc"</c>), or a list of such objects.
/// Every name must be a column of the model.
/// </summary>
internal static class OrderBy
{
    /// <summary>The sort columns with their direction (true = descending).</summary>
    /// <exception cref="DataFlowDataException">An unknown column or a malformed direction, named by its path.</exception>
    public static List<(Column Column, bool Descending)> Parse(ModelMap model, object? orderBy, string path = "order_by")
    {
        var result = new List<(Column, bool)>();
        Add(model, JsonScalars.Unwrap(orderBy), path, result);
        return result;
    }

    /// <summary>
    /// Writes <c> ORDER BY t.a, t.b DESC</c> (qualified, so that text casts in the select list do not change the order).
    /// NULL sorts as the smallest value on every engine (first ascending, last descending, as in MongoDB); the
    /// clause is only written for nullable columns, so sorting by a key can still use its index.
    /// </summary>
    public static void Write(SqlBuilder sql, ModelMap model, IReadOnlyList<(Column Column, bool Descending)> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            sql.Append(i == 0 ? " ORDER BY " : ", ").Append(model.TableSql).Append(".").Append(model.Quote(order[i].Column)).Append(order[i].Descending ? " DESC" : string.Empty)
                .Append(!order[i].Column.IsNullable ? string.Empty : order[i].Descending ? " NULLS LAST" : " NULLS FIRST");
        }
    }

    private static void Add(ModelMap model, object? value, string path, List<(Column, bool)> result)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
                {
                    var descending = part.StartsWith('-');
                    var name = part.TrimStart('-', '+');
                    if (name.Length == 0)
                    {
                        throw Malformed(path, value);
                    }

                    result.Add((model.Column(name, path), descending));
                }

                return;
            case IReadOnlyDictionary<string, object?> or IDictionary when ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(value, out var fields):
                foreach (var (name, direction) in fields)
                {
                    result.Add((model.Column(name, path + "." + name), Direction(JsonScalars.Unwrap(direction), path + "." + name)));
                }

                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    Add(model, JsonScalars.Unwrap(item), $"{path}[{i++}]", result);
                }

                return;
            default:
                if (ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(value, out var plain) && plain is not null)
                {
                    Add(model, plain, path, result);
                    return;
                }

                throw Malformed(path, value);
        }
    }

    private static bool Direction(object? direction, string path) => direction switch
    {
        1 or 1L => false,
        -1 or -1L => true,
        string s when s.Equals("asc", StringComparison.OrdinalIgnoreCase) => false,
        string s when s.Equals("desc", StringComparison.OrdinalIgnoreCase) => true,
        _ => throw DataFlowErrors.InvalidOperationOption(path, $"the direction must be 1, -1, \"asc\" or \"desc\", not {ParameterTypes.Describe(direction)}", "Write order_by: { \"created_at\": -1 }."),
    };

    private static DataFlowDataException Malformed(string path, object? value) =>
        DataFlowErrors.InvalidOperationOption(path, $"cannot sort by {ParameterTypes.Describe(value)}", "Write order_by: \"-created_at\", [\"name\", \"-age\"] or { \"created_at\": -1 }.");
}
