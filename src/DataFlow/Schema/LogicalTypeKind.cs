namespace DataFlow.Schema;

/// <summary>The provider-neutral family of a column's type.</summary>
public enum LogicalTypeKind
{
    /// <summary>A type the model cannot map; the raw type is kept.</summary>
    Unknown = 0,
    /// <summary>Text, optionally bounded by <see cref="LogicalType.Length"/>.</summary>
    String,
    /// <summary>Exact numeric with optional precision and scale.</summary>
    Decimal,
    /// <summary>16-bit integer.</summary>
    Int16,
    /// <summary>32-bit integer.</summary>
    Int32,
    /// <summary>64-bit integer.</summary>
    Int64,
    /// <summary>Single-precision floating point.</summary>
    Float32,
    /// <summary>Double-precision floating point.</summary>
    Float64,
    /// <summary>Boolean.</summary>
    Boolean,
    /// <summary>Date and time without a time zone.</summary>
    DateTime,
    /// <summary>Date and time with a time zone (an instant).</summary>
    DateTimeWithZone,
    /// <summary>Calendar date.</summary>
    Date,
    /// <summary>Time of day without a time zone.</summary>
    Time,
    /// <summary>Time of day with a time zone.</summary>
    TimeWithZone,
    /// <summary>A duration.</summary>
    Interval,
    /// <summary>A UUID.</summary>
    Uuid,
    /// <summary>JSON text or binary JSON.</summary>
    Json,
    /// <summary>Bytes.</summary>
    Binary,
    /// <summary>An array of <see cref="LogicalType.ElementType"/>.</summary>
    Array,
    /// <summary>A database enum type named by <see cref="LogicalType.EnumName"/>.</summary>
    Enum,
}
