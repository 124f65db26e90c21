namespace DataFlow.Dialects.Postgres;

/// <summary>Decodes PostgreSQL type modifiers (<c>atttypmod</c>); -1 means "none" for every type.</summary>
internal static class PostgresTypeModifiers
{
    // VARHDRSZ: character and numeric modifiers are stored with the 4-byte varlena header added.
    private const int HeaderSize = 4;
    private const int IntervalFullPrecision = 0xFFFF;

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
}
