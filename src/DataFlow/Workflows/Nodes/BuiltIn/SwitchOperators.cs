namespace DataFlow.Workflows;

/// <summary>The comparison operators of <see cref="SwitchNode"/>'s boolean mode.</summary>
internal static class SwitchOperators
{
    /// <summary>Every operator, as written in parameters.</summary>
    public static readonly string[] All = ["==", "!=", ">", "<", ">=", "<=", "in", "contains", "is_null", "is_not_null"];

    /// <summary>True for the operators that compare with nothing.</summary>
    public static bool IsUnary(string op) => op is "is_null" or "is_not_null";

    /// <summary>Applies <paramref name="op"/> to the field value and the comparison value.</summary>
    /// <exception cref="InvalidOperationException">The values cannot be compared with this operator.</exception>
    public static bool Evaluate(string op, object? subject, object? value) => op switch
    {
        "==" => ValueComparer.AreEqual(subject, value),
        "!=" => !ValueComparer.AreEqual(subject, value),
        ">" => ValueComparer.Compare(subject, value) > 0,
        "<" => ValueComparer.Compare(subject, value) < 0,
        ">=" => ValueComparer.Compare(subject, value) >= 0,
        "<=" => ValueComparer.Compare(subject, value) <= 0,
        "in" => Contains(value, subject, op),
        "contains" => Contains(subject, value, op),
        "is_null" => JsonScalars.Unwrap(subject) is null,
        "is_not_null" => JsonScalars.Unwrap(subject) is not null,
        _ => throw new InvalidOperationException($"'{op}' is not a SwitchNode operator"),
    };

    private static bool Contains(object? container, object? item, string op)
    {
        container = JsonScalars.Unwrap(container);
        if (container is string text)
        {
            return JsonScalars.Unwrap(item) is string part
                ? text.Contains(part, StringComparison.Ordinal)
                : throw new InvalidOperationException($"'{op}' on a string needs a string, not {ParameterTypes.Describe(item)}");
        }

        if (ParameterTypes.IsObject(container))
        {
            return JsonScalars.Unwrap(item) is string key && ValueNormalizer.NormalizeObject(container).ContainsKey(key);
        }

        if (ParameterTypes.IsList(container))
        {
            foreach (var element in (IReadOnlyList<object?>)ValueNormalizer.Normalize(container)!)
            {
                if (ValueComparer.AreEqual(element, item))
                {
                    return true;
                }
            }

            return false;
        }

        throw new InvalidOperationException($"'{op}' needs a list, an object or a string to look in, not {ParameterTypes.Describe(container)}");
    }
}
