using System.Globalization;

namespace DataFlow.Workflows;

/// <summary>
/// Converts an input value to the type a node asks for: numbers between CLR numeric types (without losing a
/// fraction or overflowing), JSON scalars to CLR values, JSON or plain objects to read-only dictionaries, and
/// JSON arrays or other lists to read-only lists. No parsing of strings: "10" is not an integer.
/// </summary>
internal static class ValueConversion
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>; false when it cannot be done faithfully.</summary>
    public static bool TryConvert<T>(object? value, out T result)
    {
        if (value is T direct)
        {
            result = direct;
            return true;
        }

        var converted = Convert(JsonScalars.Unwrap(value), typeof(T), out var ok);
        result = ok ? (T)converted! : default!;
        return ok;
    }

    private static object? Convert(object? value, Type target, out bool ok)
    {
        ok = true;
        if (value is null)
        {
            ok = !target.IsValueType || Nullable.GetUnderlyingType(target) is not null;
            return null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (ParameterTypes.IsNumber(value) && IsNumericType(underlying))
        {
            return ConvertNumber(value, underlying, out ok);
        }

        if (target == typeof(IReadOnlyDictionary<string, object?>) && ParameterTypes.IsObject(value))
        {
            return ValueNormalizer.Normalize(value);
        }

        if (target == typeof(IReadOnlyList<object?>) && ParameterTypes.IsList(value))
        {
            return ValueNormalizer.Normalize(value);
        }

        ok = false;
        return null;
    }

    private static bool IsNumericType(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float)
        || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static object? ConvertNumber(object value, Type target, out bool ok)
    {
        ok = false;
        var integral = target != typeof(double) && target != typeof(float) && target != typeof(decimal);
        try
        {
            if (integral && value is double or float or decimal)
            {
                var number = System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (decimal.Truncate(number) != number)
                {
                    return null;
                }
            }

            var result = System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            ok = true;
            return result;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
