using System.Globalization;
using System.Text.RegularExpressions;

namespace DataFlow.Safety;

/// <summary>
/// The two places where the safety kit writes user input into DDL, which takes no parameters: a column type (only a
/// type name with an optional length/precision and array suffix passes) and a constant default (a string, number or
/// boolean, written as a literal with quotes doubled). Everything else is a parameter or a quoted identifier.
/// </summary>
internal static partial class SqlLiteral
{
    /// <summary>True for a type spelling like <c>bigint</c>, <c>varchar(20)</c>, <c>numeric(10, 2)</c>, <c>timestamp with time zone</c>, <c>text[]</c>.</summary>
    public static bool IsTypeName(string type) => TypePattern().IsMatch(type);

    /// <summary>The literal of a constant, or null when <paramref name="value"/> is not a string, number or boolean.</summary>
    public static string? Of(object value, bool sqlite) => value switch
    {
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool flag => sqlite ? (flag ? "1" : "0") : (flag ? "TRUE" : "FALSE"),
        sbyte or byte or short or ushort or int or uint or long or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d && double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        _ => null,
    };

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*){0,3}( ?\(\s*\d+\s*(,\s*\d+\s*)?\))?(\[\])?$")]
    private static partial Regex TypePattern();
}
