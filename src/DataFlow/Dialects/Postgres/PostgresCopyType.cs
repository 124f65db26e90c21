using System.Text.RegularExpressions;
using DataFlow.Schema;
using NpgsqlTypes;

namespace DataFlow.Dialects.Postgres;

/// <summary>
/// How binary COPY writes one column: the exact PostgreSQL type, and the one CLR type (or typed array) Npgsql writes
/// in that type's binary format. Binary COPY carries no type information, so a value of any other CLR type — text
/// the server would parse as a date, a UUID or an interval, a number too large for <c>decimal</c> — cannot be
/// sent this way; <see cref="Accepts"/> says so before anything is written. Columns whose type is not a built-in
/// one (domains, extension types, arrays of enums, <c>timetz</c>) have no copy type: such calls use INSERT.
/// </summary>
internal sealed partial class PostgresCopyType
{
    private readonly Type _clrType;
    private readonly Type? _alternative;

    private PostgresCopyType(NpgsqlDbType dbType, Type clrType, Type? alternative = null)
    {
        DbType = dbType;
        _clrType = clrType;
        _alternative = alternative;
    }

    /// <summary>The type Npgsql writes.</summary>
    public NpgsqlDbType DbType { get; }

    /// <summary>The copy type of <paramref name="column"/>, or null when binary COPY cannot write it.</summary>
    public static PostgresCopyType? For(Column column)
    {
        if (column.Type.Kind == LogicalTypeKind.Enum)
        {
            // An enum's binary form is its label as text.
            return new PostgresCopyType(NpgsqlDbType.Text, typeof(string));
        }

        var raw = Modifiers().Replace(column.RawType, string.Empty).Trim();
        var isArray = raw.EndsWith("[]", StringComparison.Ordinal);
        var element = Scalar(isArray ? raw[..^2] : raw);
        return element is null ? null
            : !isArray ? element
            : column.Type.ElementType?.Kind is LogicalTypeKind.Enum ? null
            : new PostgresCopyType(NpgsqlDbType.Array | element.DbType, element._clrType.MakeArrayType(), Nullable(element._clrType)?.MakeArrayType());
    }

    /// <summary>True when <paramref name="value"/> (null, or a value of this type's CLR type) can be written.</summary>
    public bool Accepts(object? value) => value is null || value.GetType() == _clrType || value.GetType() == _alternative;

    private static PostgresCopyType? Scalar(string type) => type switch
    {
        "smallint" => new(NpgsqlDbType.Smallint, typeof(short)),
        "integer" => new(NpgsqlDbType.Integer, typeof(int)),
        "bigint" => new(NpgsqlDbType.Bigint, typeof(long)),
        "real" => new(NpgsqlDbType.Real, typeof(float)),
        "double precision" => new(NpgsqlDbType.Double, typeof(double)),
        "numeric" => new(NpgsqlDbType.Numeric, typeof(decimal)),
        "money" => new(NpgsqlDbType.Money, typeof(decimal)),
        "boolean" => new(NpgsqlDbType.Boolean, typeof(bool)),
        "text" => new(NpgsqlDbType.Text, typeof(string)),
        "character varying" => new(NpgsqlDbType.Varchar, typeof(string)),
        "character" or "bpchar" => new(NpgsqlDbType.Char, typeof(string)),
        "name" => new(NpgsqlDbType.Name, typeof(string)),
        "bytea" => new(NpgsqlDbType.Bytea, typeof(byte[])),
        "uuid" => new(NpgsqlDbType.Uuid, typeof(Guid)),
        "date" => new(NpgsqlDbType.Date, typeof(DateOnly)),
        "time without time zone" => new(NpgsqlDbType.Time, typeof(TimeOnly), typeof(TimeSpan)),
        "timestamp without time zone" => new(NpgsqlDbType.Timestamp, typeof(DateTime)),
        "timestamp with time zone" => new(NpgsqlDbType.TimestampTz, typeof(DateTime)),
        "interval" => new(NpgsqlDbType.Interval, typeof(TimeSpan)),
        "json" => new(NpgsqlDbType.Json, typeof(string)),
        "jsonb" => new(NpgsqlDbType.Jsonb, typeof(string)),
        _ => null,
    };

    private static Type? Nullable(Type type) => type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : null;

    /// <summary>Type modifiers (<c>(10,2)</c>, <c>(3)</c>) and interval field restrictions, which do not change the binary format.</summary>
    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)| (year|month|day|hour|minute|second)( to (month|hour|minute|second))?", RegexOptions.CultureInvariant)]
    private static partial Regex Modifiers();
}
