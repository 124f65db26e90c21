using DataFlow.Data;
using DataFlow.Expressions;

namespace DataFlow.Dialects.Postgres;

/// <summary>PostgreSQL spellings of the expression language: exact numeric parameters, <c>round(numeric, int)</c>, <c>concat</c>.</summary>
internal sealed class PostgresExpressionSql : IExpressionSql
{
    /// <inheritdoc />
    public SqlArgument Number(object value) => value switch
    {
        long whole and >= int.MinValue and <= int.MaxValue => new SqlArgument((int)whole),
        _ => new SqlArgument(value),
    };

    /// <inheritdoc />
    public SqlArgument Boolean(bool value) => new(value);

    // round(double precision, integer) does not exist: the two-argument form needs numeric.
    /// <inheritdoc />
    public string Round(string value, string? digits) =>
        digits is null ? "round(" + value + ")" : "round(CAST(" + value + " AS numeric), CAST(" + digits + " AS integer))";

    /// <inheritdoc />
    public string Concat(IReadOnlyList<string> parts) => "concat(" + string.Join(", ", parts) + ")";

    // The raw type comes from format_type() in the catalog, never from user text.
    /// <inheritdoc />
    public string CastTo(string sql, Schema.Column column) => "CAST(" + sql + " AS " + column.RawType + ")";

    /// <inheritdoc />
    public string CastToText(string sql) => "CAST(" + sql + " AS text)";
}
