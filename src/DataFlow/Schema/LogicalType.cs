using System.Text;

namespace DataFlow.Schema;

/// <summary>
/// A column type independent of the database: string(n), decimal(p,s), int32, array of T, enum E, ...
/// The raw database spelling is kept on <see cref="Column.RawType"/>.
/// </summary>
public sealed record LogicalType
{
    /// <summary>The type family (always written to snapshots, as every required member is).</summary>
    public required LogicalTypeKind Kind { get; init; }

    /// <summary>Maximum length for strings and binary data; null when unbounded.</summary>
    public int? Length { get; init; }

    /// <summary>True for fixed-length character or binary types (<c>char(n)</c>).</summary>
    public bool IsFixedLength { get; init; }

    /// <summary>Total digits for decimals, or fractional-second digits for date/time types.</summary>
    public int? Precision { get; init; }

    /// <summary>Digits after the decimal point.</summary>
    public int? Scale { get; init; }

    /// <summary>The element type of an array.</summary>
    public LogicalType? ElementType { get; init; }

    /// <summary>The (schema-qualified where needed) name of an enum type.</summary>
    public string? EnumName { get; init; }

    /// <summary>Creates a type of the given kind with no facets.</summary>
    public static LogicalType Of(LogicalTypeKind kind) => new() { Kind = kind };

    /// <summary>A string, bounded when <paramref name="length"/> is given.</summary>
    public static LogicalType String(int? length = null, bool fixedLength = false) =>
        new() { Kind = LogicalTypeKind.String, Length = length, IsFixedLength = fixedLength };

    /// <summary>An exact decimal.</summary>
    public static LogicalType Decimal(int? precision = null, int? scale = null) =>
        new() { Kind = LogicalTypeKind.Decimal, Precision = precision, Scale = scale };

    /// <summary>An array of <paramref name="element"/>.</summary>
    public static LogicalType ArrayOf(LogicalType element) => new() { Kind = LogicalTypeKind.Array, ElementType = element };

    /// <summary>A database enum.</summary>
    public static LogicalType EnumOf(string name) => new() { Kind = LogicalTypeKind.Enum, EnumName = name };

    /// <summary>A short readable form such as <c>string(255)</c>, <c>decimal(10,2)</c> or <c>array of int32</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        switch (Kind)
        {
            case LogicalTypeKind.Array:
                text.Append("array of ").Append(ElementType?.ToString() ?? "unknown");
                return text.ToString();
            case LogicalTypeKind.Enum:
                return $"enum {EnumName}";
            default:
                text.Append(KindName(Kind));
                break;
        }

        if (Length is { } length)
        {
            text.Append('(').Append(length).Append(')');
        }
        else if (Precision is { } precision)
        {
            text.Append('(').Append(precision);
            if (Scale is { } scale)
            {
                text.Append(',').Append(scale);
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string KindName(LogicalTypeKind kind) => kind switch
    {
        LogicalTypeKind.DateTimeWithZone => "datetime with zone",
        LogicalTypeKind.TimeWithZone => "time with zone",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
