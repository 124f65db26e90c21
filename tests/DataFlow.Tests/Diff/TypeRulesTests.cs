using DataFlow.Diff;
using DataFlow.Schema;

namespace DataFlow.Tests.Diff;

public class TypeRulesTests
{
    public static TheoryData<LogicalType, LogicalType, bool> Cases => new()
    {
        { LogicalType.String(200), LogicalType.String(50), true },
        { LogicalType.String(50), LogicalType.String(200), false },
        { LogicalType.String(50), LogicalType.String(), false },
        { LogicalType.String(), LogicalType.String(10), true },
        { LogicalType.Of(LogicalTypeKind.Int64), LogicalType.Of(LogicalTypeKind.Int32), true },
        { LogicalType.Of(LogicalTypeKind.Int16), LogicalType.Of(LogicalTypeKind.Int64), false },
        { LogicalType.Of(LogicalTypeKind.Int32), LogicalType.Decimal(), false },
        { LogicalType.Of(LogicalTypeKind.Int32), LogicalType.Decimal(5, 0), true },
        { LogicalType.Decimal(10, 2), LogicalType.Decimal(12, 2), false },
        { LogicalType.Decimal(10, 2), LogicalType.Decimal(10, 1), true },
        { LogicalType.Decimal(10, 2), LogicalType.Decimal(10, 4), true },
        { LogicalType.Of(LogicalTypeKind.Float64), LogicalType.Of(LogicalTypeKind.Float32), true },
        { LogicalType.Of(LogicalTypeKind.Uuid), LogicalType.String(), false },
        { LogicalType.String(), LogicalType.Of(LogicalTypeKind.Uuid), true },
        { LogicalType.ArrayOf(LogicalType.String(10)), LogicalType.ArrayOf(LogicalType.String()), false },
        { LogicalType.EnumOf("a"), LogicalType.EnumOf("b"), true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_type_change_is_narrowing_exactly_when_some_old_value_may_not_fit(LogicalType before, LogicalType after, bool narrowing) =>
        Assert.Equal(narrowing, TypeRules.IsNarrowing(before, after));
}
