using System.Collections;
using System.Globalization;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data.Filters;

/// <summary>
/// Compiles the MongoDB-style filter language into a SQL condition: <c>{ "age": { "$gt": 30 }, "$or": [...] }</c>.
/// Keys without <c>$</c> must be columns of the model (checked against the discovered schema and quoted);
/// every value becomes a parameter, checked against its column's type. Errors name the path in the filter.
/// </summary>
internal static partial class FilterCompiler
{
    /// <summary>Writes the condition of <paramref name="filter"/>; false (and nothing written) when it is null or empty.</summary>
    /// <exception cref="DataFlowDataException">An unknown column or operator, or a value of the wrong type.</exception>
    public static bool TryWrite(SqlBuilder sql, ModelMap model, object? filter, string path = "filter")
    {
        filter = JsonScalars.Unwrap(filter);
        if (filter is null)
        {
            return false;
        }

        var document = AsDocument(filter, path);
        if (document.Count == 0)
        {
            return false;
        }

        WriteDocument(sql, model, document, path);
        return true;
    }

    /// <summary>True when <paramref name="filter"/> selects every row (null or <c>{}</c>).</summary>
    public static bool IsEmpty(object? filter) => JsonScalars.Unwrap(filter) switch
    {
        null => true,
        IReadOnlyDictionary<string, object?> { Count: 0 } => true,
        _ => false,
    };

    private static void WriteDocument(SqlBuilder sql, ModelMap model, IReadOnlyDictionary<string, object?> document, string path)
    {
        if (document.Count == 0)
        {
            throw DataFlowErrors.InvalidFilter(path, "an empty condition is not allowed here", "Give at least one column or operator, or leave the filter out.");
        }

        var first = true;
        foreach (var (key, value) in document)
        {
            sql.Append(first ? "(" : " AND (");
            first = false;
            var itemPath = Join(path, key);
            switch (key)
            {
                case "$and":
                case "$or":
                    WriteLogical(sql, model, key, value, itemPath);
                    break;
                case "$not":
                    sql.Append("(");
                    WriteDocument(sql, model, AsDocument(value, itemPath), itemPath);
                    sql.Append(") IS NOT TRUE");
                    break;
                default:
                    if (key.StartsWith('$'))
                    {
                        throw DataFlowErrors.UnknownOperator(itemPath, key);
                    }

                    WriteField(sql, model, model.Column(key, itemPath), value, itemPath);
                    break;
            }

            sql.Append(")");
        }
    }

    private static void WriteLogical(SqlBuilder sql, ModelMap model, string op, object? value, string path)
    {
        var items = AsList(value, path, op);
        if (items.Count == 0)
        {
            throw DataFlowErrors.InvalidFilter(path, $"{op} needs at least one condition", $"Write {op}: [ {{ ... }}, {{ ... }} ].");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            sql.Append(i == 0 ? "(" : op == "$and" ? " AND (" : " OR (");
            WriteDocument(sql, model, AsDocument(items[i], itemPath), itemPath);
            sql.Append(")");
        }
    }

    private static IReadOnlyDictionary<string, object?> AsDocument(object? value, string path) =>
        ValueConversion.TryConvert<IReadOnlyDictionary<string, object?>>(JsonScalars.Unwrap(value), out var document) && document is not null
            ? document
            : throw DataFlowErrors.InvalidFilter(path, $"expected an object of conditions, not {ParameterTypes.Describe(value)}", "A filter is an object: { \"column\": value, \"other\": { \"$gt\": 3 } }.");

    private static IReadOnlyList<object?> AsList(object? value, string path, string op) =>
        value is not string && ValueConversion.TryConvert<IReadOnlyList<object?>>(JsonScalars.Unwrap(value), out var list) && list is not null
            ? list
            : throw DataFlowErrors.WrongOperandType(path, op, "a list", ParameterTypes.Describe(value));

    private static bool IsList(object? value) => ParameterTypes.IsList(value);

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static bool IsOperatorDocument(object? value, out IReadOnlyDictionary<string, object?> document)
    {
        document = null!;
        if (!ParameterTypes.IsObject(value) || !ValueConversion.TryConvert(value, out document) || document is null)
        {
            return false;
        }

        return document.Count > 0 && document.Keys.All(k => k.StartsWith('$'));
    }

    private static string Describe(Column column) => $"'{column.Name}' ({column.Type})";

    private static IEnumerable<object?> Items(object value) => ((IEnumerable)value).Cast<object?>();
}
