using System.ComponentModel.DataAnnotations.Schema;
using System.Globalization;
using System.Reflection;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>Maps rows to instances of a model class and back, by the column names the conventions give its properties.</summary>
internal static class TypedRows<T>
    where T : class
{
    private static readonly (PropertyInfo Property, string Column)[] Properties =
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<NotMappedAttribute>() is null)
            .Select(p => (p, p.GetCustomAttribute<ColumnAttribute>()?.Name ?? ModelNaming.ColumnName(p.Name)))];

    /// <summary>A new <typeparamref name="T"/> with the row's values (columns without a property are ignored).</summary>
    public static T FromRow(IReadOnlyDictionary<string, object?> row)
    {
        var item = Activator.CreateInstance<T>();
        foreach (var (property, column) in Properties)
        {
            if (row.TryGetValue(column, out var value))
            {
                property.SetValue(item, Convert(value, property.PropertyType));
            }
        }

        return item;
    }

    /// <summary>
    /// The record to insert: every property whose column exists in <paramref name="columns"/>, except a key column still
    /// at its default (0, empty GUID, null) so that the database assigns it.
    /// </summary>
    public static Dictionary<string, object?> ToRecord(T item, IReadOnlySet<string> columns, IReadOnlyCollection<string> key)
    {
        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (property, column) in Properties)
        {
            var value = property.GetValue(item);
            if (!columns.Contains(column) || (key.Contains(column) && IsDefault(value)))
            {
                continue;
            }

            record[column] = value is Enum e ? EnumLabels.Of(e) : value;
        }

        return record;
    }

    private static bool IsDefault(object? value) =>
        value is null || value.Equals(Activator.CreateInstance(value.GetType()));

    private static object? Convert(object? value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return value switch
        {
            null or DBNull => null,
            _ when type.IsInstanceOfType(value) => value,
            string s when type.IsEnum => EnumLabels.Parse(type, s),
            _ when type.IsEnum => Enum.ToObject(type, value),
            string s when type == typeof(Guid) => Guid.Parse(s),
            DateTime d when type == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)),
            DateTimeOffset d when type == typeof(DateTime) => d.UtcDateTime,
            string s when type == typeof(DateTime) => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            string s when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
            string s when type == typeof(DateOnly) => DateOnly.Parse(s, CultureInfo.InvariantCulture),
            DateTime d when type == typeof(DateOnly) => DateOnly.FromDateTime(d),
            _ => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
        };
    }
}
