using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Nodes.Maintenance;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <summary>
/// Fills the NULLs of one column in key-ordered batches (<see cref="KeysetBatches"/>), each batch one short
/// transaction: <c>UPDATE t SET c = value WHERE key range AND c IS NULL</c>. The NULLs themselves are the progress
/// record, so a run started again after an interruption continues with the rows left, and values already present
/// are never overwritten.
/// </summary>
internal sealed class NullBackfill(DataSession session, Table table, Column target, NotNullDefault source)
{
    private readonly CheckedExpression? _expression = source is ComputedDefault computed ? CheckedExpression.Parse(computed.Expression, table) : null;

    /// <summary>The value's SQL for one batch; appends the arguments it needs to <paramref name="sql"/>.</summary>
    public string Value(SqlBuilder sql)
    {
        var dialect = session.Dialect;
        switch (source)
        {
            case StaticDefault constant:
                return sql.Add(dialect.Adapt(target, ValueCoercer.Coerce(target, constant.Value, "default")));
            case ComputedDefault:
                return dialect.Expressions.CastTo(ExpressionRenderer.ToSql(_expression!, sql, dialect.Expressions), target);
            case FunctionDefault function:
                return NotNullSql.Function(function.Function, dialect.Name == "sqlite");
            default:
                throw new ArgumentOutOfRangeException(nameof(source));
        }
    }

    /// <summary>Fills the NULLs; <paramref name="progress"/> gets (batches, rows) after each batch.</summary>
    /// <returns>The rows filled.</returns>
    public async Task<long> RunAsync(long batchSize, Action<long, long> progress, CancellationToken cancellationToken)
    {
        var column = session.Dialect.Quote(target.Name);
        var batches = new KeysetBatches(session, table);
        var (rows, _) = await batches.RunAsync(sql => sql.Append(column + " IS NULL"), batchSize, async (after, upper) =>
        {
            var sql = new SqlBuilder(session.Dialect).Append("UPDATE " + session.Dialect.TableName(table) + " SET " + column + " = ");
            sql.Append(Value(sql)).Append(" WHERE ");
            batches.AppendRange(sql, after, upper);
            sql.Append(" AND " + column + " IS NULL");
            await using var command = session.Command(sql);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, progress, cancellationToken);
        return rows;
    }
}
