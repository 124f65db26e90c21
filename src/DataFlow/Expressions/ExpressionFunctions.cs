namespace DataFlow.Expressions;

/// <summary>
/// The functions an expression may call — and the only ones: each is deterministic except the clock, has no side
/// effect, and exists (or is rendered equivalently) on both SQLite and PostgreSQL.
/// </summary>
internal static class ExpressionFunctions
{
    private static readonly ValueKind[] Text = [ValueKind.String];
    private static readonly ValueKind[] Number = [ValueKind.Number];

    /// <summary>The whitelist by upper-case name.</summary>
    public static IReadOnlyDictionary<string, ExpressionFunction> All { get; } = new ExpressionFunction[]
    {
        new("LOWER", 1, 1, Text, ValueKind.String, "LOWER(text)"),
        new("UPPER", 1, 1, Text, ValueKind.String, "UPPER(text)"),
        new("TRIM", 1, 1, Text, ValueKind.String, "TRIM(text)"),
        new("LENGTH", 1, 1, Text, ValueKind.Number, "LENGTH(text)"),
        new("ABS", 1, 1, Number, ValueKind.Number, "ABS(number)"),
        new("ROUND", 1, 2, Number, ValueKind.Number, "ROUND(number [, digits])"),
        new("SUBSTR", 2, 3, [ValueKind.String, ValueKind.Number], ValueKind.String, "SUBSTR(text, start [, length])"),
        new("SUBSTRING", 2, 3, [ValueKind.String, ValueKind.Number], ValueKind.String, "SUBSTRING(text, start [, length])"),
        new("CONCAT", 1, int.MaxValue, [], ValueKind.String, "CONCAT(value, ...)"),
        new("COALESCE", 2, int.MaxValue, [], ValueKind.Unknown, "COALESCE(value, fallback, ...)"),
        new("NULLIF", 2, 2, [], ValueKind.Unknown, "NULLIF(value, other)"),
        new("NOW", 0, 0, [], ValueKind.DateTime, "NOW()"),
        new("CURRENT_TIMESTAMP", 0, 0, [], ValueKind.DateTime, "CURRENT_TIMESTAMP"),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>True for functions whose value changes between calls (the clock).</summary>
    public static bool IsVolatile(string name) => name is "NOW" or "CURRENT_TIMESTAMP";
}
