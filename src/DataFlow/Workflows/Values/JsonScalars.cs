using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataFlow.Workflows;

/// <summary>Turns JSON scalars (<see cref="JsonElement"/>, <see cref="JsonValue"/>) into CLR values; leaves everything else alone.</summary>
internal static class JsonScalars
{
    /// <summary>A JSON string, number, boolean or null as string, long/double, bool or null; other values unchanged.</summary>
    public static object? Unwrap(object? value) => value switch
    {
        JsonElement element => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element,
        },
        JsonValue node => node.TryGetValue<JsonElement>(out var element) ? Unwrap(element) : node.GetValue<object>(),
        _ => value,
    };

    /// <summary>True when <paramref name="value"/> is a JSON object (element or node).</summary>
    public static bool IsJsonObject(object? value) => value is JsonElement { ValueKind: JsonValueKind.Object } or JsonObject;

    /// <summary>True when <paramref name="value"/> is a JSON array (element or node).</summary>
    public static bool IsJsonArray(object? value) => value is JsonElement { ValueKind: JsonValueKind.Array } or JsonArray;
}
