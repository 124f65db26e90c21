using System.Globalization;
using System.Text.Json;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data;

/// <summary>
/// Checks a value against its column's logical type and converts it to the CLR value the driver should send.
/// Numbers must be numbers and booleans booleans; text is accepted where databases parse it (dates, times,
/// intervals, UUIDs, enums, JSON, unknown types) and sent untyped, so the server parses it exactly as it would
/// parse a literal. Values are never rewritten otherwise.
/// </summary>
internal static partial class ValueCoercer
{
    /// <summary>The parameter for <paramref name="value"/> in <paramref name="column"/>.</summary>
    /// <exception cref="DataFlowDataException">The value has the wrong type (<c>DF-DATA-003</c>), named by <paramref name="path"/>.</exception>
    public static SqlArgument Coerce(Column column, object? value, string path)
    {
        value = JsonScalars.Unwrap(value);
        if (value is null)
        {
            return new SqlArgument(null);
        }

        var type = column.Type;
        return type.Kind switch
        {
            LogicalTypeKind.Int16 => Integer(column, value, path, short.MinValue, short.MaxValue, v => (short)v),
            LogicalTypeKind.Int32 => Integer(column, value, path, int.MinValue, int.MaxValue, v => (int)v),
            LogicalTypeKind.Int64 => Integer(column, value, path, long.MinValue, long.MaxValue, v => v),
            LogicalTypeKind.Float32 => ParameterTypes.IsNumber(value) ? new(Convert.ToSingle(value, CultureInfo.InvariantCulture)) : throw Wrong(column, path, "a number", value),
            LogicalTypeKind.Float64 => ParameterTypes.IsNumber(value) ? new(Convert.ToDouble(value, CultureInfo.InvariantCulture)) : throw Wrong(column, path, "a number", value),
            LogicalTypeKind.Decimal => Decimal(column, value, path),
            LogicalTypeKind.Boolean => value is bool ? new(value) : throw Wrong(column, path, "true or false", value),
            LogicalTypeKind.String => value is string or char ? new(value.ToString()) : throw Wrong(column, path, "a string", value),
            LogicalTypeKind.Uuid => value switch
            {
                Guid => new(value),
                string text when Guid.TryParse(text, out _) => new(text, ParameterKind.UntypedText),
                _ => throw Wrong(column, path, "a UUID (a Guid or its text)", value),
            },
            LogicalTypeKind.DateTime => value switch
            {
                DateTime time => new(DateTime.SpecifyKind(time, DateTimeKind.Unspecified)),
                DateTimeOffset offset => new(offset.DateTime),
                string text => new(text, ParameterKind.UntypedText),
                _ => throw Wrong(column, path, "a date-time (DateTime or ISO 8601 text)", value),
            },
            LogicalTypeKind.DateTimeWithZone => value switch
            {
                DateTime { Kind: DateTimeKind.Unspecified } time => new(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
                DateTime time => new(time.ToUniversalTime()),
                DateTimeOffset offset => new(offset.UtcDateTime),
                string text => new(text, ParameterKind.UntypedText),
                _ => throw Wrong(column, path, "a date-time (DateTimeOffset, DateTime or ISO 8601 text)", value),
            },
            LogicalTypeKind.Date => value switch
            {
                DateOnly => new(value),
                DateTime time => new(DateOnly.FromDateTime(time)),
                string text => new(text, ParameterKind.UntypedText),
                _ => throw Wrong(column, path, "a date (DateOnly, DateTime or ISO 8601 text)", value),
            },
            LogicalTypeKind.Time or LogicalTypeKind.TimeWithZone or LogicalTypeKind.Interval => value switch
            {
                TimeOnly or TimeSpan => new(value),
                string text => new(text, ParameterKind.UntypedText),
                _ => throw Wrong(column, path, "a time or interval (TimeOnly, TimeSpan or text)", value),
            },
            LogicalTypeKind.Json => Json(column, value),
            LogicalTypeKind.Binary => value is byte[] ? new(value) : throw Wrong(column, path, "bytes (byte[])", value),
            LogicalTypeKind.Array => Array(column, value, path),
            LogicalTypeKind.Enum => value is string ? new(value, ParameterKind.UntypedText) : throw Wrong(column, path, "a string (an enum label)", value),
            _ => value is string ? new(value, ParameterKind.UntypedText) : new(value),
        };
    }

    /// <summary>JSON text for <paramref name="value"/>: text is taken as JSON text as it is, anything else is serialised.</summary>
    public static string ToJson(object value) => value as string ?? JsonSerializer.Serialize(value);

    /// <summary>The JSON parameter for a <c>json</c>/<c>jsonb</c> column.</summary>
    public static SqlArgument Json(Column column, object value) =>
        new(ToJson(value), column.RawType.Equals("json", StringComparison.OrdinalIgnoreCase) ? ParameterKind.Json : ParameterKind.Jsonb);

    /// <summary>The error for a value of the wrong type.</summary>
    public static DataFlowDataException Wrong(Column column, string path, string expected, object? value) =>
        DataFlowErrors.WrongValueType(path, column.Name, expected, ParameterTypes.Describe(value));

    private static SqlArgument Integer(Column column, object value, string path, long min, long max, Func<long, object> narrow)
    {
        long whole;
        try
        {
            whole = value switch
            {
                ulong big => checked((long)big),
                double or float or decimal when decimal.Truncate(Convert.ToDecimal(value, CultureInfo.InvariantCulture)) == Convert.ToDecimal(value, CultureInfo.InvariantCulture)
                    => Convert.ToInt64(value, CultureInfo.InvariantCulture),
                _ when ParameterTypes.IsInteger(value) => Convert.ToInt64(value, CultureInfo.InvariantCulture),
                _ => throw Wrong(column, path, "a whole number", value),
            };
        }
        catch (OverflowException)
        {
            throw Wrong(column, path, $"a whole number between {min} and {max}", value);
        }

        return whole < min || whole > max ? throw Wrong(column, path, $"a whole number between {min} and {max}", value) : new(narrow(whole));
    }

    private static SqlArgument Decimal(Column column, object value, string path)
    {
        if (!ParameterTypes.IsNumber(value))
        {
            throw Wrong(column, path, "a number", value);
        }

        try
        {
            return new(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
        }
        catch (OverflowException)
        {
            return new(Convert.ToDouble(value, CultureInfo.InvariantCulture));
        }
    }

    private static SqlArgument Array(Column column, object value, string path)
    {
        if (!ParameterTypes.IsList(value))
        {
            throw Wrong(column, path, "a list", value);
        }

        return new(ArrayValues.ToTypedArray(column, (System.Collections.IEnumerable)value, path));
    }
}
