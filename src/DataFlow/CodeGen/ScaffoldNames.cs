namespace DataFlow.CodeGen;

/// <summary>
/// <see cref="CodeNames"/> remembered for one scaffold run: the same column names (<c>id</c>, <c>created_at</c>), key
/// columns and class names come back thousands of times in a large schema, and each singular or plural form runs
/// Humanizer's inflection rules. The names are exactly those <see cref="CodeNames"/> gives; only repeats are saved.
/// Not thread-safe: one planner uses it.
/// </summary>
internal sealed class ScaffoldNames
{
    private readonly Dictionary<string, string> _pascal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _classNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plurals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _navigationStems = new(StringComparer.Ordinal);

    /// <summary><see cref="CodeNames.Pascal"/>.</summary>
    public string Pascal(string name) => Remembered(_pascal, name, CodeNames.Pascal);

    /// <summary><see cref="CodeNames.ClassName"/>.</summary>
    public string ClassName(string tableName) => Remembered(_classNames, tableName, CodeNames.ClassName);

    /// <summary><see cref="CodeNames.Plural"/>.</summary>
    public string Plural(string name) => Remembered(_plurals, name, CodeNames.Plural);

    /// <summary><see cref="CodeNames.NavigationStem"/>.</summary>
    public string? NavigationStem(string column) => Remembered(_navigationStems, column, CodeNames.NavigationStem);

    private static TValue Remembered<TValue>(Dictionary<string, TValue> cache, string key, Func<string, TValue> compute)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = compute(key);
            cache.Add(key, value);
        }

        return value;
    }
}
