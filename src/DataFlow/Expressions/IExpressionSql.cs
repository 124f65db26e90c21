using DataFlow.Data;

namespace DataFlow.Expressions;

/// <summary>
/// The few spellings of the expression language that differ between engines: how literals bind, and the functions
/// one engine lacks or types differently. Implemented once per dialect, next to it.
/// </summary>
internal interface IExpressionSql
{
    /// <summary>The parameter for a number literal (<see cref="long"/>, <see cref="decimal"/> or <see cref="double"/>).</summary>
    SqlArgument Number(object value);

    /// <summary>The parameter for a boolean literal.</summary>
    SqlArgument Boolean(bool value);

    /// <summary><c>ROUND(value [, digits])</c>, both already rendered.</summary>
    string Round(string value, string? digits);

    /// <summary><c>CONCAT(parts…)</c> (NULL parts count as empty text), the parts already rendered.</summary>
    string Concat(IReadOnlyList<string> parts);

    /// <summary>
    /// <paramref name="sql"/> converted to the type of <paramref name="column"/> (PostgreSQL: an explicit cast to the
    /// catalog's type, so that text fills an enum and the comparison with a stored value sees the stored rounding;
    /// SQLite: unchanged, its columns convert by affinity).
    /// </summary>
    string CastTo(string sql, Schema.Column column);

    /// <summary><paramref name="sql"/> converted to text.</summary>
    string CastToText(string sql);
}
