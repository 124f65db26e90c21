using System.Collections.Concurrent;
using System.Reflection;

namespace DataFlow.Workflows;

/// <summary>The public instance properties of plain CLR objects (anonymous types, records), cached per type.</summary>
internal static class PropertyAccessors
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Cache = new();

    /// <summary>The readable, non-indexer public instance properties of <paramref name="type"/>, in declaration order.</summary>
    public static PropertyInfo[] For(Type type) => Cache.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToArray());

    /// <summary>Reads the property <paramref name="name"/> (exact name first, then ignoring case).</summary>
    public static bool TryGet(object instance, string name, out object? value)
    {
        var properties = For(instance.GetType());
        var match = Array.Find(properties, p => string.Equals(p.Name, name, StringComparison.Ordinal))
                    ?? Array.Find(properties, p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        value = match?.GetValue(instance);
        return match is not null;
    }

    /// <summary>True for values that are plain objects with properties (not scalars, collections or JSON).</summary>
    public static bool IsPlainObject(object value) =>
        value is not (string or System.Collections.IEnumerable or Delegate or System.Text.Json.JsonElement or System.Text.Json.Nodes.JsonNode)
        && !IsScalar(value);

    /// <summary>True for values that are one value rather than a structure.</summary>
    public static bool IsScalar(object value) =>
        value is string or bool or char or decimal or Guid or DateTime or DateTimeOffset or TimeSpan or DateOnly or TimeOnly or Enum or Uri
        || value.GetType().IsPrimitive;
}
