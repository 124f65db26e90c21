using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataFlow.Workflows;

/// <summary>Checks values against <see cref="ParameterType"/> and describes them for error messages.</summary>
internal static class ParameterTypes
{
    /// <summary>True when <paramref name="value"/> (not null) has the type <paramref name="type"/>.</summary>
    public static bool Matches(ParameterType type, object value) => type switch
    {
        ParameterType.Any => true,
        ParameterType.String => value is string or JsonElement { ValueKind: JsonValueKind.String } || (value is JsonValue node && node.GetValueKind() == JsonValueKind.String),
        ParameterType.Integer => IsInteger(JsonScalars.Unwrap(value)),
        ParameterType.Number => IsNumber(JsonScalars.Unwrap(value)),
        ParameterType.Boolean => JsonScalars.Unwrap(value) is bool,
        ParameterType.Object => IsObject(value),
        ParameterType.List => IsList(value),
        _ => false,
    };

    /// <summary>"a string", "an integer", ... for messages.</summary>
    public static string Article(ParameterType type) => type switch
    {
        ParameterType.Any => "any value",
        ParameterType.String => "a string",
        ParameterType.Integer => "an integer",
        ParameterType.Number => "a number",
        ParameterType.Boolean => "a boolean",
        ParameterType.Object => "an object",
        ParameterType.List => "a list",
        _ => type.ToString(),
    };

    /// <summary>What <paramref name="value"/> is, with a short preview: <c>a string ("abc")</c>, <c>an integer (42)</c>, <c>a list of 3 items</c>.</summary>
    public static string Describe(object? value)
    {
        var scalar = JsonScalars.Unwrap(value);
        return scalar switch
        {
            null => "null",
            string text => $"a string (\"{(text.Length > 40 ? text[..40] + "…" : text)}\")",
            bool flag => flag ? "a boolean (true)" : "a boolean (false)",
            _ when IsInteger(scalar) => $"an integer ({Convert.ToString(scalar, CultureInfo.InvariantCulture)})",
            _ when IsNumber(scalar) => $"a number ({Convert.ToString(scalar, CultureInfo.InvariantCulture)})",
            _ when IsList(scalar) => Count(scalar) is { } count ? $"a list of {count} item{(count == 1 ? "" : "s")}" : "a list",
            _ when IsObject(scalar) => "an object",
            _ => $"a {scalar.GetType().Name}",
        };
    }

    public static bool IsInteger(object? value) => value is int or long or short or byte or sbyte or uint or ulong or ushort;

    public static bool IsNumber(object? value) => IsInteger(value) || value is double or float or decimal;

    public static bool IsObject(object? value) => value switch
    {
        null or string => false,
        IEnumerable<KeyValuePair<string, object?>> or IDictionary => true,
        _ => JsonScalars.IsJsonObject(value) || PropertyAccessors.IsPlainObject(value),
    };

    public static bool IsList(object? value) => value switch
    {
        null or string or IDictionary or IEnumerable<KeyValuePair<string, object?>> or byte[] => false,
        JsonElement or JsonNode => JsonScalars.IsJsonArray(value),
        _ => value is IEnumerable,
    };

    private static int? Count(object value) => value switch
    {
        ICollection collection => collection.Count,
        JsonElement element => element.GetArrayLength(),
        JsonArray array => array.Count,
        _ => null,
    };
}
