using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataFlow.Workflows;

/// <summary>
/// Dotted paths into values: <c>result.records.0.id</c>. A segment is a key of a dictionary, a JSON object or a
/// plain object's property, or (when numeric) an index into a list or JSON array.
/// </summary>
internal static class ValuePath
{
    /// <summary>The segments of <paramref name="path"/>, or null when it is empty or has an empty segment.</summary>
    public static string[]? Parse(string path)
    {
        var segments = path.Split('.');
        return Array.TrueForAll(segments, s => s.Length > 0) ? segments : null;
    }

    /// <summary>Follows <paramref name="segments"/> from index <paramref name="start"/>; JSON scalars at the end become CLR values.</summary>
    public static bool TryResolve(object? value, string[] segments, int start, out object? result)
    {
        for (var i = start; i < segments.Length; i++)
        {
            if (!TryStep(value, segments[i], out value))
            {
                result = null;
                return false;
            }
        }

        result = value is JsonElement or JsonValue ? JsonScalars.Unwrap(value) : value;
        return true;
    }

    /// <summary>Why <paramref name="segments"/> does not resolve in <paramref name="value"/> (call after <see cref="TryResolve"/> failed).</summary>
    public static string Explain(object? value, string[] segments, int start)
    {
        for (var i = start; i < segments.Length; i++)
        {
            if (!TryStep(value, segments[i], out var next))
            {
                var at = string.Join('.', segments, 0, i);
                return $"'{at}' is {ParameterTypes.Describe(value)}, which has no {(IsIndex(segments[i], out _) ? "item" : "key")} '{segments[i]}'";
            }

            value = next;
        }

        return "it resolved on a second look (the output changed while the run read it)";
    }

    private static bool TryStep(object? value, string segment, out object? next)
    {
        int at;
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(segment, out next);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(segment, out next);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                var found = element.TryGetProperty(segment, out var property);
                next = found ? property : null;
                return found;
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                return IsIndex(segment, out at) && at < element.GetArrayLength() ? Found(element[at], out next) : Missing(out next);
            case JsonObject node:
                return node.TryGetPropertyValue(segment, out var child) ? Found(child, out next) : Missing(out next);
            case JsonArray node:
                return IsIndex(segment, out at) && at < node.Count ? Found(node[at], out next) : Missing(out next);
            case null or string or JsonElement or JsonValue:
                return Missing(out next);
            case IDictionary dictionary:
                return dictionary.Contains(segment) ? Found(dictionary[segment], out next) : Missing(out next);
            case IReadOnlyList<object?> list:
                return IsIndex(segment, out at) && at < list.Count ? Found(list[at], out next) : Missing(out next);
            case IList list:
                return IsIndex(segment, out at) && at < list.Count ? Found(list[at], out next) : Missing(out next);
            default:
                return PropertyAccessors.IsPlainObject(value) ? PropertyAccessors.TryGet(value, segment, out next) : Missing(out next);
        }
    }

    private static bool IsIndex(string segment, out int index) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);

    private static bool Found(object? value, out object? next)
    {
        next = value;
        return true;
    }

    private static bool Missing(out object? next)
    {
        next = null;
        return false;
    }
}
