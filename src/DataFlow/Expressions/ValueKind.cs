using DataFlow.Schema;

namespace DataFlow.Expressions;

/// <summary>The coarse type the validator infers for an expression: enough to catch <c>name + 1</c> before the database does.</summary>
internal enum ValueKind
{
    /// <summary>A type the validator does not reason about (JSON, UUID, arrays, enums, …): anything goes.</summary>
    Unknown,

    /// <summary>The NULL literal: fits anywhere.</summary>
    Null,

    /// <summary>Integers, decimals and floating point.</summary>
    Number,

    /// <summary>Text.</summary>
    String,

    /// <summary>true/false.</summary>
    Boolean,

    /// <summary>Dates, times and timestamps.</summary>
    DateTime,
}

/// <summary>Maps column types to <see cref="ValueKind"/>s.</summary>
internal static class ValueKinds
{
    /// <summary>The kind of values of a column of <paramref name="type"/>.</summary>
    public static ValueKind Of(LogicalType type) => type.Kind switch
    {
        LogicalTypeKind.String => ValueKind.String,
        LogicalTypeKind.Decimal or LogicalTypeKind.Int16 or LogicalTypeKind.Int32 or LogicalTypeKind.Int64
            or LogicalTypeKind.Float32 or LogicalTypeKind.Float64 => ValueKind.Number,
        LogicalTypeKind.Boolean => ValueKind.Boolean,
        LogicalTypeKind.DateTime or LogicalTypeKind.DateTimeWithZone or LogicalTypeKind.Date
            or LogicalTypeKind.Time or LogicalTypeKind.TimeWithZone => ValueKind.DateTime,
        _ => ValueKind.Unknown,
    };

    /// <summary>True when a value of <paramref name="kind"/> is acceptable where <paramref name="wanted"/> is.</summary>
    public static bool Fits(ValueKind kind, ValueKind wanted) =>
        kind is ValueKind.Unknown or ValueKind.Null || wanted == ValueKind.Unknown || kind == wanted;

    /// <summary>The word messages use for a kind.</summary>
    public static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Number => "a number",
        ValueKind.String => "text",
        ValueKind.Boolean => "a boolean",
        ValueKind.DateTime => "a date/time",
        ValueKind.Null => "NULL",
        _ => "a value",
    };
}
