using System.Globalization;

namespace DataFlow.Dialects.Postgres;

/// <summary>Decodes PostgreSQL type modifiers (<c>atttypmod</c>); -1 means "none" for every type.</summary>
internal static class PostgresTypeModifiers
{
    // VARHDRSZ: character and numeric modifiers are stored with the 4-byte varlena header added.
    private const int HeaderSize = 4;
    private const int IntervalFullPrecision = 0xFFFF;

    // pg_type OIDs of the built-in types whose raw type the reader writes itself (fixed since PostgreSQL 7).
    private const uint VarcharOid = 1043;
    private const uint NumericOid = 1700;

    /// <summary>The n of <c>varchar(n)</c> / <c>char(n)</c>, or null.</summary>
    public static int? Length(int typeModifier) => typeModifier >= HeaderSize ? typeModifier - HeaderSize : null;

    /// <summary>The (p, s) of <c>numeric(p,s)</c>; the scale may be negative since PostgreSQL 15.</summary>
    public static (int? Precision, int? Scale) Numeric(int typeModifier)
    {
        if (typeModifier < HeaderSize)
        {
            return (null, null);
        }

        var value = typeModifier - HeaderSize;
        return ((value >> 16) & 0xFFFF, ((value & 0x7FF) ^ 1024) - 1024);
    }

    /// <summary>The fractional-second digits of <c>time(p)</c>, <c>timestamp(p)</c> and friends, or null.</summary>
    public static int? Precision(int typeModifier) => typeModifier >= 0 ? typeModifier : null;

    /// <summary>The fractional-second digits of <c>interval(p)</c>, or null (the field range is kept in the raw type).</summary>
    public static int? IntervalPrecision(int typeModifier)
    {
        if (typeModifier < 0)
        {
            return null;
        }

        var precision = typeModifier & 0xFFFF;
        return precision == IntervalFullPrecision ? null : precision;
    }

    /// <summary>
    /// <c>format_type(type, modifier)</c> for <c>varchar(n)</c> and <c>numeric(p,s)</c> (the most common types with a
    /// modifier, which the columns query leaves to the reader: formatting them on the server cost a function call per
    /// column); null for any other type or modifier. The text is what PostgreSQL's <c>varchartypmodout</c> and
    /// <c>numerictypmodout</c> write after the type's SQL name.
    /// </summary>
    public static string? Format(uint typeOid, int typeModifier) => typeOid switch
    {
        VarcharOid when typeModifier > HeaderSize => string.Create(CultureInfo.InvariantCulture, $"character varying({typeModifier - HeaderSize})"),
        NumericOid when typeModifier >= HeaderSize => FormatNumeric(typeModifier),
        _ => null,
    };

    private static string FormatNumeric(int typeModifier)
    {
        var (precision, scale) = Numeric(typeModifier);
        return string.Create(CultureInfo.InvariantCulture, $"numeric({precision},{scale})");
    }
}
