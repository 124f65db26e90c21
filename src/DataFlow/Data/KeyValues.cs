using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data;

/// <summary>
/// The primary-key values of one row, in key order, from what the caller gave: the key columns by name
/// (<c>{ order_id: 1, product_id: 2 }</c>), a <c>key</c> object, or <c>id</c> for a single-column key of another name.
/// </summary>
internal static class KeyValues
{
    /// <summary>The key values found in <paramref name="source"/>.</summary>
    /// <exception cref="DataFlowDataException">A key column has no value (<c>DF-DATA-004</c>).</exception>
    public static object?[] From(ModelMap model, IReadOnlyDictionary<string, object?> source, string operation)
    {
        if (source.TryGetValue("key", out var key) && key is not null && model.TryGetColumn("key", out _) is false)
        {
            if (model.Key.Length == 1 && !ParameterTypes.IsObject(key))
            {
                return [key];
            }

            if (!ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(key, out var keyObject) || keyObject is null)
            {
                throw DataFlowErrors.MissingKey(model.Display, model.Key.Select(c => c.Name), $"{operation}: 'key' must be an object of key columns, not {ParameterTypes.Describe(key)}");
            }

            source = keyObject;
        }

        var values = new object?[model.Key.Length];
        for (var i = 0; i < model.Key.Length; i++)
        {
            var column = model.Key[i];
            if (source.TryGetValue(column.Name, out var value) && value is not null)
            {
                values[i] = value;
            }
            else if (model.Key.Length == 1 && !model.TryGetColumn("id", out _) && source.TryGetValue("id", out var id) && id is not null)
            {
                values[i] = id;
            }
            else
            {
                throw DataFlowErrors.MissingKey(model.Display, model.Key.Select(c => c.Name), $"{operation} needs a value for the key column '{column.Name}'");
            }
        }

        return values;
    }

    /// <summary>Writes <c>k1 = $1 AND k2 = $2</c>.</summary>
    public static void WriteCondition(SqlBuilder sql, ModelMap model, object?[] values, string path = "key")
    {
        for (var i = 0; i < model.Key.Length; i++)
        {
            var column = model.Key[i];
            sql.Append(i == 0 ? string.Empty : " AND ").Append(model.Quote(column)).Append(" = ").Value(column, values[i], path + "." + column.Name);
        }
    }

    /// <summary>Describes the key for messages: <c>order_id = 1, product_id = 2</c>.</summary>
    public static string Describe(ModelMap model, object?[] values) =>
        string.Join(", ", model.Key.Select((c, i) => $"{c.Name} = {ParameterTypes.Describe(values[i])}"));

    /// <summary>The columns of <paramref name="model"/>'s key.</summary>
    public static IEnumerable<Column> Columns(ModelMap model) => model.Key;
}
