using System.Globalization;
using DataFlow.Schema;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// Maps a SQLite declared column type (any text, as SQLite accepts) to a <see cref="LogicalType"/>.
/// The type name is upper-cased with runs of spaces collapsed, and the arguments in parentheses are read as
/// length or precision and scale. Then, first match wins:
/// <list type="number">
/// <item>Empty, or <c>ANY</c> (the STRICT catch-all type) → unknown.</item>
/// <item>Known names: <c>INTEGER</c>, <c>INT</c>, <c>BIGINT</c>, <c>INT8</c>, <c>UNSIGNED BIG INT</c> → int64 (SQLite integers are
/// 64-bit); <c>SMALLINT</c>, <c>INT2</c>, <c>TINYINT</c> → int16; <c>MEDIUMINT</c>, <c>INT4</c> → int32;
/// <c>VARCHAR(n)</c>, <c>NVARCHAR(n)</c>, <c>CHARACTER VARYING(n)</c>, <c>VARYING CHARACTER(n)</c> → string(n);
/// <c>CHAR(n)</c>, <c>NCHAR(n)</c>, <c>CHARACTER(n)</c>, <c>NATIVE CHARACTER(n)</c> → fixed-length string(n);
/// <c>TEXT</c>, <c>CLOB</c> → string; <c>NUMERIC(p,s)</c>, <c>DECIMAL(p,s)</c> → decimal(p,s);
/// <c>REAL</c>, <c>DOUBLE</c>, <c>DOUBLE PRECISION</c>, <c>FLOAT</c> → float64; <c>BOOLEAN</c>, <c>BOOL</c> → boolean;
/// <c>DATE</c> → date; <c>DATETIME</c>, <c>TIMESTAMP</c> → datetime; <c>TIME</c> → time;
/// <c>TIMESTAMPTZ</c>, <c>TIMESTAMP WITH TIME ZONE</c>, <c>DATETIMEOFFSET</c> → datetime with zone;
/// <c>BLOB</c>, <c>BYTEA</c>, <c>VARBINARY(n)</c> → binary; <c>BINARY(n)</c> → fixed binary(n);
/// <c>UUID</c>, <c>GUID</c>, <c>UNIQUEIDENTIFIER</c> → uuid; <c>JSON</c>, <c>JSONB</c> → json.</item>
/// <item>Otherwise SQLite's column affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity),
/// in their order: contains <c>INT</c> → int64; contains <c>CHAR</c>, <c>CLOB</c> or <c>TEXT</c> → string (with a length
/// argument, bounded); contains <c>BLOB</c> → binary; contains <c>REAL</c>, <c>FLOA</c> or <c>DOUB</c> → float64;
/// anything else (NUMERIC affinity) → decimal, with precision and scale when given.</item>
/// </list>
/// The additions to the list given for this dialect (<c>INT4</c>, <c>UNSIGNED BIG INT</c>, the zone-aware and binary
/// spellings, <c>JSONB</c>) are what PostgreSQL- and SQL Server-flavoured SQLite schemas use; without them
/// <c>BYTEA</c> would be a decimal and <c>TIMESTAMPTZ</c> a decimal by the affinity rules.
/// </summary>
internal static class SqliteTypeMapper
{
    private static readonly Dictionary<string, Func<int?[], LogicalType>> KnownTypes = new(StringComparer.Ordinal)
    {
        ["INTEGER"] = _ => Of(LogicalTypeKind.Int64),
        ["INT"] = _ => Of(LogicalTypeKind.Int64),
        ["BIGINT"] = _ => Of(LogicalTypeKind.Int64),
        ["INT8"] = _ => Of(LogicalTypeKind.Int64),
        ["UNSIGNED BIG INT"] = _ => Of(LogicalTypeKind.Int64),
        ["SMALLINT"] = _ => Of(LogicalTypeKind.Int16),
        ["INT2"] = _ => Of(LogicalTypeKind.Int16),
        ["TINYINT"] = _ => Of(LogicalTypeKind.Int16),
        ["MEDIUMINT"] = _ => Of(LogicalTypeKind.Int32),
        ["INT4"] = _ => Of(LogicalTypeKind.Int32),
        ["VARCHAR"] = a => LogicalType.String(Arg(a, 0)),
        ["NVARCHAR"] = a => LogicalType.String(Arg(a, 0)),
        ["CHARACTER VARYING"] = a => LogicalType.String(Arg(a, 0)),
        ["VARYING CHARACTER"] = a => LogicalType.String(Arg(a, 0)),
        ["CHAR"] = a => LogicalType.String(Arg(a, 0), fixedLength: true),
        ["NCHAR"] = a => LogicalType.String(Arg(a, 0), fixedLength: true),
        ["CHARACTER"] = a => LogicalType.String(Arg(a, 0), fixedLength: true),
        ["NATIVE CHARACTER"] = a => LogicalType.String(Arg(a, 0), fixedLength: true),
        ["TEXT"] = _ => LogicalType.String(),
        ["CLOB"] = _ => LogicalType.String(),
        ["NUMERIC"] = a => LogicalType.Decimal(Arg(a, 0), Arg(a, 1)),
        ["DECIMAL"] = a => LogicalType.Decimal(Arg(a, 0), Arg(a, 1)),
        ["REAL"] = _ => Of(LogicalTypeKind.Float64),
        ["DOUBLE"] = _ => Of(LogicalTypeKind.Float64),
        ["DOUBLE PRECISION"] = _ => Of(LogicalTypeKind.Float64),
        ["FLOAT"] = _ => Of(LogicalTypeKind.Float64),
        ["BOOLEAN"] = _ => Of(LogicalTypeKind.Boolean),
        ["BOOL"] = _ => Of(LogicalTypeKind.Boolean),
        ["DATE"] = _ => Of(LogicalTypeKind.Date),
        ["DATETIME"] = a => Timed(LogicalTypeKind.DateTime, a),
        ["TIMESTAMP"] = a => Timed(LogicalTypeKind.DateTime, a),
        ["TIME"] = a => Timed(LogicalTypeKind.Time, a),
        ["TIMESTAMPTZ"] = a => Timed(LogicalTypeKind.DateTimeWithZone, a),
        ["TIMESTAMP WITH TIME ZONE"] = a => Timed(LogicalTypeKind.DateTimeWithZone, a),
        ["DATETIMEOFFSET"] = a => Timed(LogicalTypeKind.DateTimeWithZone, a),
        ["BLOB"] = _ => Of(LogicalTypeKind.Binary),
        ["BYTEA"] = _ => Of(LogicalTypeKind.Binary),
        ["VARBINARY"] = a => new LogicalType { Kind = LogicalTypeKind.Binary, Length = Arg(a, 0) },
        ["BINARY"] = a => new LogicalType { Kind = LogicalTypeKind.Binary, Length = Arg(a, 0), IsFixedLength = Arg(a, 0) is not null },
        ["UUID"] = _ => Of(LogicalTypeKind.Uuid),
        ["GUID"] = _ => Of(LogicalTypeKind.Uuid),
        ["UNIQUEIDENTIFIER"] = _ => Of(LogicalTypeKind.Uuid),
        ["JSON"] = _ => Of(LogicalTypeKind.Json),
        ["JSONB"] = _ => Of(LogicalTypeKind.Json),
    };

    /// <summary>The logical type of a column declared with <paramref name="declaredType"/> (may be empty).</summary>
    public static LogicalType Map(string declaredType)
    {
        var (name, arguments) = Split(declaredType);
        if (name.Length == 0 || name == "ANY")
        {
            return Of(LogicalTypeKind.Unknown);
        }

        if (KnownTypes.TryGetValue(name, out var known))
        {
            return known(arguments);
        }

        var upper = declaredType.ToUpperInvariant();
        return upper.Contains("INT", StringComparison.Ordinal) ? Of(LogicalTypeKind.Int64)
            : ContainsAny(upper, "CHAR", "CLOB", "TEXT") ? LogicalType.String(Arg(arguments, 0))
            : upper.Contains("BLOB", StringComparison.Ordinal) ? Of(LogicalTypeKind.Binary)
            : ContainsAny(upper, "REAL", "FLOA", "DOUB") ? Of(LogicalTypeKind.Float64)
            : LogicalType.Decimal(Arg(arguments, 0), Arg(arguments, 1));
    }

    private static LogicalType Of(LogicalTypeKind kind) => LogicalType.Of(kind);

    private static LogicalType Timed(LogicalTypeKind kind, int?[] arguments) => new() { Kind = kind, Precision = Arg(arguments, 0) };

    private static int? Arg(int?[] arguments, int index) => index < arguments.Length ? arguments[index] : null;

    private static bool ContainsAny(string text, params string[] parts) => parts.Any(p => text.Contains(p, StringComparison.Ordinal));

    // "nvarchar ( 160 )" -> ("NVARCHAR", [160]); "DECIMAL(10, 2)" -> ("DECIMAL", [10, 2]).
    private static (string Name, int?[] Arguments) Split(string declaredType)
    {
        var open = declaredType.IndexOf('(', StringComparison.Ordinal);
        var namePart = open < 0 ? declaredType : declaredType[..open];
        var name = string.Join(' ', namePart.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (open < 0)
        {
            return (name, []);
        }

        var close = declaredType.IndexOf(')', open);
        var inside = declaredType[(open + 1)..(close < 0 ? declaredType.Length : close)];
        var arguments = inside.Split(',').Select(a => int.TryParse(a.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToArray();
        return (name, arguments);
    }
}
