using DataFlow.Data;
using DataFlow.Expressions;

namespace DataFlow.Dialects.Sqlite;

/// <summary>
/// SQLite spellings of the expression language: decimals bind as REAL (the driver would bind them as TEXT, which
/// compares as text), booleans as 0/1, and CONCAT as <c>||</c> over <c>COALESCE(…, '')</c> (no <c>concat</c> before 3.44).
/// </summary>
internal sealed class SqliteExpressionSql : IExpressionSql
{
    /// <inheritdoc />
    public SqlArgument Number(object value) => value switch
    {
        decimal exact => new SqlArgument((double)exact),
        _ => new SqlArgument(value),
    };

    /// <inheritdoc />
    public SqlArgument Boolean(bool value) => new(value ? 1L : 0L);

    /// <inheritdoc />
    public string Round(string value, string? digits) => digits is null ? "round(" + value + ")" : "round(" + value + ", " + digits + ")";

    /// <inheritdoc />
    public string Concat(IReadOnlyList<string> parts) => "(" + string.Join(" || ", parts.Select(p => "COALESCE(" + p + ", '')")) + ")";

    /// <inheritdoc />
    public string CastTo(string sql, Schema.Column column) => sql;

    /// <inheritdoc />
    public string CastToText(string sql) => "CAST(" + sql + " AS TEXT)";
}
