using DataFlow.Schema;

namespace DataFlow.Diff;

/// <summary>Which logical type changes can lose data or fail on existing values ("narrowing").</summary>
internal static class TypeRules
{
    /// <summary>
    /// True unless every value of <paramref name="before"/> fits <paramref name="after"/>: the same kind with an equal or
    /// larger size, a wider integer or float, an integer into an unbounded decimal, anything into unbounded text.
    /// </summary>
    public static bool IsNarrowing(LogicalType before, LogicalType after)
    {
        if (before.Kind == after.Kind)
        {
            return before.Kind switch
            {
                LogicalTypeKind.String or LogicalTypeKind.Binary => Smaller(before.Length, after.Length),
                LogicalTypeKind.Decimal => Smaller(before.Precision, after.Precision) || Smaller(before.Scale, after.Scale) ||
                                           IntegerDigits(before) > IntegerDigits(after),
                LogicalTypeKind.Array => before.ElementType is null || after.ElementType is null || IsNarrowing(before.ElementType, after.ElementType),
                LogicalTypeKind.Enum => !string.Equals(before.EnumName, after.EnumName, StringComparison.Ordinal),
                _ => false,
            };
        }

        if (after is { Kind: LogicalTypeKind.String, Length: null })
        {
            return false;
        }

        return (before.Kind, after.Kind) switch
        {
            (LogicalTypeKind.Int16, LogicalTypeKind.Int32 or LogicalTypeKind.Int64 or LogicalTypeKind.Float32 or LogicalTypeKind.Float64) => false,
            (LogicalTypeKind.Int32, LogicalTypeKind.Int64 or LogicalTypeKind.Float64) => false,
            (LogicalTypeKind.Int16 or LogicalTypeKind.Int32 or LogicalTypeKind.Int64, LogicalTypeKind.Decimal) => after.Precision is not null,
            (LogicalTypeKind.Float32, LogicalTypeKind.Float64) => false,
            (LogicalTypeKind.Date, LogicalTypeKind.DateTime or LogicalTypeKind.DateTimeWithZone) => false,
            (LogicalTypeKind.Json, LogicalTypeKind.String) => after.Length is not null,
            _ => true,
        };
    }

    /// <summary>True when <paramref name="after"/> is a limit smaller than <paramref name="before"/> (null means unlimited).</summary>
    private static bool Smaller(int? before, int? after) => after is { } limit && (before is null || limit < before);

    private static int IntegerDigits(LogicalType type) =>
        type.Precision is { } precision ? precision - (type.Scale ?? 0) : int.MaxValue;
}
