using DataFlow.Schema;

namespace DataFlow.CodeGen;

/// <summary>
/// The CLR type of a column from its logical type (see docs/scaffold.md#types). JSON is a <c>string</c>
/// (no dependency, no disposal, exact text kept); Unknown is a <c>string</c> with a comment naming the raw type.
/// </summary>
internal static class ClrTypeMapper
{
    /// <summary>The C# type of <paramref name="column"/>, without the nullable marker.</summary>
    /// <param name="column">The column.</param>
    /// <param name="enumClassName">The generated enum name for a qualified database enum name, or null.</param>
    public static ClrType Map(Column column, Func<string, string?> enumClassName) => Map(column.Type, enumClassName);

    // One table for both directions: the scaffold maps kind → CLR type, code-first readers map a CLR type back to the
    // first kind that uses it (string → String, DateTimeOffset → DateTimeWithZone).
    private static readonly (LogicalTypeKind Kind, ClrType Type)[] Scalars =
    [
        (LogicalTypeKind.String, new("string", IsValueType: false)),
        (LogicalTypeKind.Decimal, new("decimal", IsValueType: true)),
        (LogicalTypeKind.Int16, new("short", IsValueType: true)),
        (LogicalTypeKind.Int32, new("int", IsValueType: true)),
        (LogicalTypeKind.Int64, new("long", IsValueType: true)),
        (LogicalTypeKind.Float32, new("float", IsValueType: true)),
        (LogicalTypeKind.Float64, new("double", IsValueType: true)),
        (LogicalTypeKind.Boolean, new("bool", IsValueType: true)),
        (LogicalTypeKind.DateTime, new("DateTime", IsValueType: true)),
        (LogicalTypeKind.DateTimeWithZone, new("DateTimeOffset", IsValueType: true)),
        (LogicalTypeKind.Date, new("DateOnly", IsValueType: true)),
        (LogicalTypeKind.Time, new("TimeOnly", IsValueType: true)),
        (LogicalTypeKind.TimeWithZone, new("DateTimeOffset", IsValueType: true)),
        (LogicalTypeKind.Interval, new("TimeSpan", IsValueType: true)),
        (LogicalTypeKind.Uuid, new("Guid", IsValueType: true)),
        (LogicalTypeKind.Json, new("string", IsValueType: false)),
        (LogicalTypeKind.Binary, new("byte[]", IsValueType: false)),
    ];

    private static readonly Dictionary<LogicalTypeKind, ClrType> ByKind = Scalars.ToDictionary(s => s.Kind, s => s.Type);

    private static readonly Dictionary<string, LogicalTypeKind> ByClrName = Scalars
        .GroupBy(s => s.Type.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);

    /// <summary>
    /// The logical kind a CLR type name (as <see cref="ClrType.Name"/> spells it: <c>int</c>, <c>DateTime</c>,
    /// <c>byte[]</c>) maps back to, or null for a name the scaffold never writes for a scalar.
    /// </summary>
    public static LogicalTypeKind? KindOf(string clrName) => ByClrName.TryGetValue(clrName, out var kind) ? kind : null;

    private static ClrType Map(LogicalType type, Func<string, string?> enumClassName) => type.Kind switch
    {
        LogicalTypeKind.Array => ArrayOf(type.ElementType, enumClassName),
        LogicalTypeKind.Enum when type.EnumName is { } name && enumClassName(name) is { } enumName => new(enumName, IsValueType: true),
        _ when ByKind.TryGetValue(type.Kind, out var clr) => clr,
        _ => new("string", IsValueType: false, IsUnknown: true),
    };

    private static ClrType ArrayOf(LogicalType? element, Func<string, string?> enumClassName)
    {
        var inner = element is null || element.Kind == LogicalTypeKind.Array
            ? new ClrType("string", IsValueType: false, IsUnknown: true)
            : Map(element, enumClassName);
        return new(inner.Name + "[]", IsValueType: false, inner.IsUnknown);
    }
}
