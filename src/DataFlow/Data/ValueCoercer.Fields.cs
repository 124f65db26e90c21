using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.Data;

/// <summary>The fast lane of value checking, for the many fields of bulk writes.</summary>
internal static partial class ValueCoercer
{
    /// <summary>
    /// The parameter for field <paramref name="column"/> of record <paramref name="index"/> of <paramref name="path"/>
    /// (-1: a single record). Values already of the column's own CLR type pass straight through; the error path
    /// (<c>data[12].age</c>) is only built when the value needs the full check.
    /// </summary>
    public static SqlArgument CoerceField(Column column, object? value, string path, int index) =>
        TryExact(column, value, out var argument)
            ? argument
            : Coerce(column, value, (index < 0 ? path : path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]") + "." + column.Name);

    /// <summary>
    /// True when <paramref name="value"/> is null or already the CLR value <see cref="Coerce"/> would produce for
    /// the column (a <c>long</c> for a bigint, a UTC <c>DateTime</c> for a timestamp with zone, ...), which is then
    /// the argument as it is, without converting or boxing again.
    /// </summary>
    public static bool TryExact(Column column, object? value, out SqlArgument argument)
    {
        var exact = value is null || column.Type.Kind switch
        {
            LogicalTypeKind.Int16 => value is short,
            LogicalTypeKind.Int32 => value is int,
            LogicalTypeKind.Int64 => value is long,
            LogicalTypeKind.Float32 => value is float,
            LogicalTypeKind.Float64 => value is double,
            LogicalTypeKind.Decimal => value is decimal,
            LogicalTypeKind.Boolean => value is bool,
            LogicalTypeKind.String => value is string,
            LogicalTypeKind.Uuid => value is Guid,
            LogicalTypeKind.DateTime => value is DateTime { Kind: DateTimeKind.Unspecified },
            LogicalTypeKind.DateTimeWithZone => value is DateTime { Kind: DateTimeKind.Utc },
            LogicalTypeKind.Date => value is DateOnly,
            LogicalTypeKind.Time or LogicalTypeKind.TimeWithZone or LogicalTypeKind.Interval => value is TimeOnly or TimeSpan,
            LogicalTypeKind.Binary => value is byte[],
            _ => false,
        };
        argument = exact ? new SqlArgument(value) : default;
        return exact;
    }
}
