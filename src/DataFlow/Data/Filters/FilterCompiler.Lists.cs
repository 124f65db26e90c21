using System.Globalization;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data.Filters;

/// <summary><c>$in</c>/<c>$nin</c>, the pattern operators and <c>$contains</c>.</summary>
internal static partial class FilterCompiler
{
    private static void WriteIn(SqlBuilder sql, Column column, string columnSql, string op, object? operand, string path)
    {
        if (!IsList(operand))
        {
            throw DataFlowErrors.WrongOperandType(path, op, "a list", ParameterTypes.Describe(operand));
        }

        var values = Items(operand!).Select(JsonScalars.Unwrap).ToList();
        var hasNull = values.RemoveAll(v => v is null) > 0;
        var negate = op == "$nin";
        if (values.Count == 0)
        {
            // $in [] matches nothing and $nin [] everything; a null in the list adds or removes the NULL rows.
            sql.Append(hasNull ? columnSql + (negate ? " IS NOT NULL" : " IS NULL") : negate ? "1 = 1" : "1 = 0");
            return;
        }

        sql.Append("(").Append(columnSql).Append(negate ? " NOT IN (" : " IN (");
        for (var index = 0; index < values.Count; index++)
        {
            sql.Append(index == 0 ? string.Empty : ", ").Value(column, values[index], path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }

        sql.Append(")");
        if (!negate && hasNull)
        {
            sql.Append(" OR ").Append(columnSql).Append(" IS NULL");
        }
        else if (negate)
        {
            // NULL is "not in" a list without null (as $ne), and "in" one with null.
            sql.Append(hasNull ? " AND " : " OR ").Append(columnSql).Append(hasNull ? " IS NOT NULL" : " IS NULL");
        }

        sql.Append(")");
    }

    private static void WritePattern(SqlBuilder sql, Column column, string columnSql, string op, object? operand, string path)
    {
        if (operand is not string pattern)
        {
            throw DataFlowErrors.WrongOperandType(path, op, "a string pattern", ParameterTypes.Describe(operand));
        }

        if (column.Type.Kind != LogicalTypeKind.String)
        {
            throw DataFlowErrors.WrongOperandType(path, op, $"a text column; {Describe(column)} is not text", "a pattern");
        }

        if (op == "$regex")
        {
            ValidateRegex(pattern, path);
        }

        var placeholder = sql.Add(new SqlArgument(op == "$like" ? sql.Dialect.LikePattern(pattern) : pattern));
        sql.Append(op switch
        {
            "$like" => sql.Dialect.Like(columnSql, placeholder),
            "$ilike" => sql.Dialect.ILike(columnSql, placeholder),
            _ => sql.Dialect.Regex(columnSql, placeholder),
        });
    }

    private static void WriteContains(SqlBuilder sql, Column column, string columnSql, object? operand, string path)
    {
        if (operand is null)
        {
            throw DataFlowErrors.WrongOperandType(path, "$contains", "a value or list", "null");
        }

        SqlArgument argument = column.Type.Kind switch
        {
            LogicalTypeKind.Array => ValueCoercer.Coerce(column, IsList(operand) ? operand : new[] { operand }, path),
            LogicalTypeKind.Json => ValueCoercer.Json(column, operand is string text ? System.Text.Json.JsonSerializer.Serialize(text) : operand),
            _ => throw DataFlowErrors.WrongOperandType(path, "$contains", $"an array or JSON column; {Describe(column)} is neither", ParameterTypes.Describe(operand)),
        };
        var condition = sql.Dialect.Contains(column, columnSql, "{0}")
            ?? throw DataFlowErrors.OperatorNotSupported(path, "$contains", sql.Dialect.Name, "Use $like on the JSON text, or filter in code after listing.");
        sql.Append(condition.Replace("{0}", sql.Add(argument), StringComparison.Ordinal));
    }

    private static void ValidateRegex(string pattern, string path)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw DataFlowErrors.InvalidFilter(path, "the regular expression is malformed (" + e.Message + ")", "Write a POSIX-compatible pattern such as ^a.*z$.");
        }
    }
}
