using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// The database spelling of C# enum members, the same the model readers use for PostgreSQL enum labels: the
/// <see cref="EnumMemberAttribute.Value"/> when given, else the member name (so text columns and enum types agree).
/// </summary>
internal static class EnumLabels
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<string, string> ToLabel, Dictionary<string, object> FromLabel)> Maps = new();

    /// <summary>The label of <paramref name="value"/>.</summary>
    public static string Of(Enum value)
    {
        var name = value.ToString();
        return MapOf(value.GetType()).ToLabel.GetValueOrDefault(name, name);
    }

    /// <summary>The member of <paramref name="enumType"/> with <paramref name="label"/> (or that name, ignoring case).</summary>
    public static object Parse(Type enumType, string label) =>
        MapOf(enumType).FromLabel.TryGetValue(label, out var member) ? member : Enum.Parse(enumType, label, ignoreCase: true);

    private static (Dictionary<string, string> ToLabel, Dictionary<string, object> FromLabel) MapOf(Type enumType) => Maps.GetOrAdd(enumType, type =>
    {
        var toLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromLabel = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var label = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
            toLabel[field.Name] = label;
            fromLabel[label] = field.GetValue(null)!;
        }

        return (toLabel, fromLabel);
    });
}
