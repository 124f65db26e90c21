using System.Collections;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataFlow.Workflows;

/// <summary>
/// Turns parameter values as users give them — anonymous objects, dictionaries, lists, <see cref="JsonElement"/>,
/// <see cref="JsonNode"/>, nested in any mix — into one immutable, JSON-like shape: read-only dictionaries with
/// string keys, read-only lists, and scalars (JSON numbers become <see cref="long"/> or <see cref="double"/>).
/// The result is a copy: changing the original afterwards changes nothing in the workflow.
/// </summary>
internal static class ValueNormalizer
{
    private const int MaxDepth = 64;

    /// <summary>An empty read-only dictionary.</summary>
    public static readonly IReadOnlyDictionary<string, object?> EmptyObject = new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    /// <summary>The normalized copy of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value nests deeper than 64 levels (or refers to itself).</exception>
    public static object? Normalize(object? value) => Normalize(value, 0);

    /// <summary>The normalized copy of a top-level parameter set; null gives an empty set.</summary>
    /// <exception cref="ArgumentException">The value is not an object (a scalar or a list), or nests too deeply.</exception>
    public static IReadOnlyDictionary<string, object?> NormalizeObject(object? value)
    {
        if (value is null)
        {
            return EmptyObject;
        }

        return Normalize(value, 0) as IReadOnlyDictionary<string, object?>
               ?? throw new ArgumentException($"they must be an object (anonymous object, dictionary or JSON object), not {ParameterTypes.Describe(value)}");
    }

    private static object? Normalize(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"values may nest at most {MaxDepth} levels deep (does an object refer to itself?)");
        }

        return value switch
        {
            null => null,
            JsonElement element => FromElement(element, depth),
            JsonObject node => Object(node.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)), depth),
            JsonArray node => List(node, depth),
            JsonValue node => JsonScalars.Unwrap(node),
            _ when PropertyAccessors.IsScalar(value) => value,
            Delegate or byte[] => value,
            IEnumerable<KeyValuePair<string, object?>> pairs => Object(pairs, depth),
            IDictionary dictionary => Object(Pairs(dictionary), depth),
            IEnumerable items => List(items, depth),
            _ => Object(PropertyAccessors.For(value.GetType()).Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(value))), depth),
        };
    }

    private static object? FromElement(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => Object(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)), depth),
        JsonValueKind.Array => List(element.EnumerateArray().Cast<object?>(), depth),
        _ => JsonScalars.Unwrap(element),
    };

    private static ReadOnlyDictionary<string, object?> Object(IEnumerable<KeyValuePair<string, object?>> pairs, int depth)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in pairs)
        {
            copy[key] = Normalize(item, depth + 1);
        }

        return new ReadOnlyDictionary<string, object?>(copy);
    }

    private static ReadOnlyCollection<object?> List(IEnumerable items, int depth)
    {
        var copy = new List<object?>();
        foreach (var item in items)
        {
            copy.Add(Normalize(item, depth + 1));
        }

        return copy.AsReadOnly();
    }

    private static IEnumerable<KeyValuePair<string, object?>> Pairs(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }
}
