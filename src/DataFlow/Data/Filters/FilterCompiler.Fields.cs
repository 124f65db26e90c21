using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Data.Filters;

/// <summary>Conditions on one column: plain equality, or an object of operators.</summary>
internal static partial class FilterCompiler
{
    private static void WriteField(SqlBuilder sql, ModelMap model, Column column, object? value, string path)
    {
        value = JsonScalars.Unwrap(value);
        var columnSql = model.Quote(column);
        if (IsOperatorDocument(value, out var operators))
        {
            var first = true;
            foreach (var (op, operand) in operators)
            {
                sql.Append(first ? "(" : " AND (");
                first = false;
                WriteOperator(sql, model, column, columnSql, op, JsonScalars.Unwrap(operand), Join(path, op));
                sql.Append(")");
            }

            return;
        }

        if (ParameterTypes.IsObject(value) && column.Type.Kind != LogicalTypeKind.Json)
        {
            var keys = ((IReadOnlyDictionary<string, object?>)ValueNormalizer.Normalize(value)!).Keys;
            var bad = keys.FirstOrDefault(k => !k.StartsWith('$')) ?? keys.FirstOrDefault();
            throw bad is null
                ? DataFlowErrors.InvalidFilter(path, "an empty operator object", "Write { \"$gt\": 3 }, or a plain value for equality.")
                : DataFlowErrors.InvalidFilter(Join(path, bad), $"'{bad}' is not an operator (operators start with '$'), and column {Describe(column)} is not JSON", "Write { \"$gt\": 3 }, or a plain value for equality.");
        }

        if (IsList(value) && column.Type.Kind is not (LogicalTypeKind.Array or LogicalTypeKind.Json))
        {
            throw DataFlowErrors.WrongOperandType(path, "equality", "a single value (use { \"$in\": [...] } for a list)", ParameterTypes.Describe(value));
        }

        WriteEquals(sql, column, columnSql, value, path);
    }

    private static void WriteEquals(SqlBuilder sql, Column column, string columnSql, object? value, string path)
    {
        if (value is null)
        {
            sql.Append(columnSql).Append(" IS NULL");
            return;
        }

        sql.Append(columnSql).Append(" = ").Value(column, value, path);
    }

    private static void WriteOperator(SqlBuilder sql, ModelMap model, Column column, string columnSql, string op, object? operand, string path)
    {
        switch (op)
        {
            case "$eq":
                WriteEquals(sql, column, columnSql, operand, path);
                break;
            case "$ne":
                if (operand is null)
                {
                    sql.Append(columnSql).Append(" IS NOT NULL");
                }
                else
                {
                    var placeholder = sql.Add(sql.Dialect.Adapt(column, ValueCoercer.Coerce(column, operand, path)));
                    sql.Append(sql.Dialect.DistinctFrom(columnSql, placeholder));
                }

                break;
            case "$gt":
            case "$gte":
            case "$lt":
            case "$lte":
                if (operand is null)
                {
                    throw DataFlowErrors.WrongOperandType(path, op, "a value (null is never greater or smaller; use $null)", "null");
                }

                sql.Append(columnSql).Append(Comparison(op)).Value(column, operand, path);
                break;
            case "$in":
            case "$nin":
                WriteIn(sql, column, columnSql, op, operand, path);
                break;
            case "$like":
            case "$ilike":
            case "$regex":
                WritePattern(sql, column, columnSql, op, operand, path);
                break;
            case "$exists":
            case "$null":
                if (operand is not bool flag)
                {
                    throw DataFlowErrors.WrongOperandType(path, op, "true or false", ParameterTypes.Describe(operand));
                }

                sql.Append(columnSql).Append((op == "$null") == flag ? " IS NULL" : " IS NOT NULL");
                break;
            case "$not":
                if (!IsOperatorDocument(operand, out var inner))
                {
                    throw DataFlowErrors.WrongOperandType(path, op, "an object of operators such as { \"$gt\": 3 }", ParameterTypes.Describe(operand));
                }

                sql.Append("(");
                WriteField(sql, model, column, inner, path);
                sql.Append(") IS NOT TRUE");
                break;
            case "$contains":
                WriteContains(sql, column, columnSql, operand, path);
                break;
            default:
                throw DataFlowErrors.UnknownOperator(path, op);
        }
    }

    private static string Comparison(string op) => op switch
    {
        "$gt" => " > ",
        "$gte" => " >= ",
        "$lt" => " < ",
        _ => " <= ",
    };
}
