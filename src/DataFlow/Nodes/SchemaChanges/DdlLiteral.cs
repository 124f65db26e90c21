using System.Globalization;
using System.Text.Json;
using DataFlow.Connections;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>
/// Writes a value as a SQL literal for DDL, where parameters cannot be used (defaults, check constraints): text
/// quoted with doubled quotes, numbers in invariant form, booleans per dialect. Anything else is refused.
/// </summary>
internal static class DdlLiteral
{
    /// <summary>The literal of <paramref name="value"/>, or null when it is not a text, number or boolean.</summary>
    public static string? Of(object? value, DatabaseKind kind) => value switch
    {
        null => "NULL",
        JsonElement element => OfJson(element, kind),
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool flag => kind == DatabaseKind.PostgreSql ? (flag ? "TRUE" : "FALSE") : (flag ? "1" : "0"),
        byte or sbyte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        float or double or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? OfJson(JsonElement element, DatabaseKind kind) => element.ValueKind switch
    {
        JsonValueKind.String => Of(element.GetString(), kind),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? Of(whole, kind) : Of(element.GetDecimal(), kind),
        JsonValueKind.True => Of(true, kind),
        JsonValueKind.False => Of(false, kind),
        JsonValueKind.Null => "NULL",
        _ => null,
    };
}
