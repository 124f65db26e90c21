namespace DataFlow.Annotations;

/// <summary>The precision (and scale) of a decimal column, or the fractional-second digits of a date/time column.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class PrecisionAttribute : Attribute
{
    /// <summary>A precision without scale.</summary>
    public PrecisionAttribute(int precision) => Precision = precision;

    /// <summary>A decimal precision and scale.</summary>
    public PrecisionAttribute(int precision, int scale)
    {
        Precision = precision;
        Scale = scale;
    }

    /// <summary>Total digits, or fractional-second digits.</summary>
    public int Precision { get; }

    /// <summary>Digits after the decimal point, or null.</summary>
    public int? Scale { get; }
}
