using System.Globalization;

namespace DataFlow.Workflows;

/// <summary>
/// Equality and ordering across the value shapes a workflow carries: numbers of any CLR type compare by value
/// (<c>10 == 10L == 10.0</c>), strings ordinally, JSON scalars as their CLR values.
/// </summary>
internal static class ValueComparer
{
    /// <summary>True when the two values are equal as JSON-like values.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        left = JsonScalars.Unwrap(left);
        right = JsonScalars.Unwrap(right);
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (ParameterTypes.IsNumber(left) && ParameterTypes.IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }

        return left is string a && right is string b ? string.Equals(a, b, StringComparison.Ordinal) : left.Equals(right);
    }

    /// <summary>Orders two numbers, two strings, or two values of one comparable type.</summary>
    /// <exception cref="InvalidOperationException">The values cannot be ordered against each other.</exception>
    public static int Compare(object? left, object? right)
    {
        left = JsonScalars.Unwrap(left);
        right = JsonScalars.Unwrap(right);
        if (ParameterTypes.IsNumber(left) && ParameterTypes.IsNumber(right))
        {
            return CompareNumbers(left!, right!);
        }

        if (left is string a && right is string b)
        {
            return string.CompareOrdinal(a, b);
        }

        if (left is IComparable comparable && right is not null && left.GetType() == right.GetType())
        {
            return comparable.CompareTo(right);
        }

        throw new InvalidOperationException($"{ParameterTypes.Describe(left)} cannot be ordered against {ParameterTypes.Describe(right)}");
    }

    /// <summary>The text of a scalar as used in output names: <c>true</c>, <c>42</c>, <c>1.5</c>, <c>pending</c>, <c>null</c>.</summary>
    public static string ToKey(object? value) => JsonScalars.Unwrap(value) switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    private static int CompareNumbers(object left, object right)
    {
        if (left is double or float || right is double or float)
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }

        if (left is ulong || right is ulong)
        {
            return Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture));
        }

        return left is decimal || right is decimal
            ? Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture))
            : Convert.ToInt64(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(right, CultureInfo.InvariantCulture));
    }
}
