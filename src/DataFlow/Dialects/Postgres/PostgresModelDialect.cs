using System.Globalization;
using System.Text.RegularExpressions;
using DataFlow.CodeFirst;
using DataFlow.Schema;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// PostgreSQL for code-first models: types spelled as <c>format_type</c> spells them (which is what discovery reports),
/// the constraint names PostgreSQL chooses, defaults as <c>pg_get_expr</c> prints them.
/// </summary>
internal sealed partial class PostgresModelDialect : IModelDialect
{
    /// <inheritdoc />
    public string Name => "postgresql";

    /// <inheritdoc />
    public string? DefaultSchema => "public";

    /// <inheritdoc />
    public bool HasSequences => true;

    /// <inheritdoc />
    public string Spell(LogicalType type) => type.Kind switch
    {
        LogicalTypeKind.String when type.Length is { } length => (type.IsFixedLength ? "character(" : "character varying(") + Number(length) + ")",
        LogicalTypeKind.String => "text",
        LogicalTypeKind.Decimal when type.Precision is { } precision =>
            "numeric(" + Number(precision) + (type.Scale is { } scale ? "," + Number(scale) : "") + ")",
        LogicalTypeKind.Decimal => "numeric",
        LogicalTypeKind.Int16 => "smallint",
        LogicalTypeKind.Int32 => "integer",
        LogicalTypeKind.Int64 => "bigint",
        LogicalTypeKind.Float32 => "real",
        LogicalTypeKind.Float64 => "double precision",
        LogicalTypeKind.Boolean => "boolean",
        LogicalTypeKind.DateTime => Timed("timestamp", type.Precision, " without time zone"),
        LogicalTypeKind.DateTimeWithZone => Timed("timestamp", type.Precision, " with time zone"),
        LogicalTypeKind.Date => "date",
        LogicalTypeKind.Time => Timed("time", type.Precision, " without time zone"),
        LogicalTypeKind.TimeWithZone => Timed("time", type.Precision, " with time zone"),
        LogicalTypeKind.Interval => Timed("interval", type.Precision, ""),
        LogicalTypeKind.Uuid => "uuid",
        LogicalTypeKind.Json => "jsonb",
        LogicalTypeKind.Binary => "bytea",
        LogicalTypeKind.Array => Spell(type.ElementType ?? LogicalType.String()) + "[]",
        LogicalTypeKind.Enum => type.EnumName is { } name && name.StartsWith("public.", StringComparison.Ordinal) ? name["public.".Length..] : type.EnumName ?? "text",
        _ => "text",
    };

    /// <inheritdoc />
    public LogicalType? Parse(string rawType, Func<string, string?> enumName)
    {
        if (rawType.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = Parse(rawType[..^2], enumName);
            return element is null ? null : LogicalType.ArrayOf(element);
        }

        if (enumName(rawType.Replace("\"", "", StringComparison.Ordinal)) is { } qualified)
        {
            return LogicalType.EnumOf(qualified);
        }

        var match = Spelling().Match(rawType);
        if (!match.Success)
        {
            return null;
        }

        var arguments = match.Groups["args"].Success
            ? match.Groups["args"].Value.Split(',').Select(a => (int?)int.Parse(a, CultureInfo.InvariantCulture)).ToArray()
            : [];
        int? First() => arguments.Length > 0 ? arguments[0] : null;
        var withZone = match.Groups["zone"].Value == " with time zone";
        return match.Groups["name"].Value switch
        {
            "smallint" => LogicalType.Of(LogicalTypeKind.Int16),
            "integer" => LogicalType.Of(LogicalTypeKind.Int32),
            "bigint" => LogicalType.Of(LogicalTypeKind.Int64),
            "real" => LogicalType.Of(LogicalTypeKind.Float32),
            "double precision" => LogicalType.Of(LogicalTypeKind.Float64),
            "numeric" => LogicalType.Decimal(First(), arguments.Length > 1 ? arguments[1] : First() is null ? null : 0),
            "money" => LogicalType.Decimal(),
            "boolean" => LogicalType.Of(LogicalTypeKind.Boolean),
            "text" or "name" or "citext" or "public.citext" => LogicalType.String(),
            "character varying" => LogicalType.String(First()),
            "character" or "bpchar" => LogicalType.String(First(), fixedLength: true),
            "\"char\"" => LogicalType.String(1, fixedLength: true),
            "bytea" => LogicalType.Of(LogicalTypeKind.Binary),
            "date" => LogicalType.Of(LogicalTypeKind.Date),
            "time" => new LogicalType { Kind = withZone ? LogicalTypeKind.TimeWithZone : LogicalTypeKind.Time, Precision = First() },
            "timestamp" => new LogicalType { Kind = withZone ? LogicalTypeKind.DateTimeWithZone : LogicalTypeKind.DateTime, Precision = First() },
            "interval" => new LogicalType { Kind = LogicalTypeKind.Interval, Precision = First() },
            "uuid" => LogicalType.Of(LogicalTypeKind.Uuid),
            "json" or "jsonb" => LogicalType.Of(LogicalTypeKind.Json),
            _ => null,
        };
    }

    /// <inheritdoc />
    public IdentityKind ConventionalIdentity(string rawType) => IdentityKind.ByDefault;

    /// <inheritdoc />
    public string? ConventionalName(ConstraintKind kind, string table, IReadOnlyList<string> columns) => kind switch
    {
        ConstraintKind.PrimaryKey => table + "_pkey",
        ConstraintKind.ForeignKey => table + "_" + string.Join("_", columns) + "_fkey",
        ConstraintKind.Unique => table + "_" + string.Join("_", columns) + "_key",
        _ => table + "_" + string.Join("_", columns) + "_idx",
    };

    /// <inheritdoc />
    public string DefaultLiteral(object value, string rawType)
    {
        var cast = CastType(rawType);
        return value switch
        {
            bool flag => flag ? "true" : "false",
            string text => Quoted(text) + "::" + cast,
            IFormattable number when number.ToString(null, CultureInfo.InvariantCulture) is var digits =>
                digits.StartsWith('-') ? Quoted(digits) + "::" + cast : digits,
            _ => Quoted(value.ToString()!) + "::" + cast,
        };
    }

    // The type a literal is cast to in a default: the type without its modifier ("character varying", "bpchar").
    private static string CastType(string rawType)
    {
        var match = Spelling().Match(rawType);
        if (!match.Success)
        {
            return rawType;
        }

        var name = match.Groups["name"].Value;
        return name switch
        {
            "character" => "bpchar",
            "time" or "timestamp" => name + match.Groups["zone"].Value,
            _ => name,
        };
    }

    private static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Timed(string name, int? precision, string zone) =>
        name + (precision is { } p ? "(" + Number(p) + ")" : "") + zone;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("""^(?<name>[a-z_."]+(?: [a-z]+)*?)(?:\((?<args>-?\d+(?:,-?\d+)*)\))?(?<zone> with(?:out)? time zone)?$""", RegexOptions.CultureInvariant)]
    private static partial Regex Spelling();
}
