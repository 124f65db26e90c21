using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Schema;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// Sets columns of one table from expressions over its own columns, in key-ordered batches, each batch its own
/// short transaction (or the run's transaction, when a workflow opened one). Only rows that still need it are
/// touched: a row is pending while a target <c>IS DISTINCT FROM</c> its expression (for a clock expression: while
/// the target is NULL). That predicate is the progress record — no bookkeeping table — so an interrupted run
/// started again continues with the rows left and updates every row once. Shared by DataBackfillNode and the
/// same-table mode of DataMigrationNode (ADR 0014).
/// </summary>
internal sealed class BatchedUpdate(DataSession session, Table table, IReadOnlyList<ColumnAssignment> assignments, CheckedExpression? where)
{
    /// <summary>What a run did.</summary>
    /// <param name="Rows">Rows updated.</param>
    /// <param name="Batches">Batches committed.</param>
    /// <param name="ResumedFrom">The key the run began at when rows before it were already done (see <see cref="RunAsync"/>), else null.</param>
    public sealed record Outcome(long Rows, long Batches, object? ResumedFrom);

    /// <summary>
    /// Runs the batches. <c>ResumedFrom</c> is the key of the first pending row when rows before it (matching
    /// <c>where</c>) were already done — typically by an earlier, interrupted run; null when the run began at the
    /// first row. Cancellation stops between or inside a batch; a cancelled batch rolls back whole.
    /// </summary>
    public async Task<Outcome> RunAsync(long batchSize, Action<long, long> progress, CancellationToken cancellationToken)
    {
        var batches = new KeysetBatches(session, table);
        object? resumedFrom = null;
        var first = await batches.NextUpperBoundAsync(null, Pending, 1, cancellationToken);
        if (first is not null && await batches.AnyBeforeAsync(first, Where, cancellationToken))
        {
            resumedFrom = batches.Describe(first);
        }

        var (rows, count) = await batches.RunAsync(Pending, batchSize, async (after, upper) =>
        {
            var sql = new SqlBuilder(session.Dialect).Append("UPDATE " + session.Dialect.TableName(table) + " SET ");
            for (var i = 0; i < assignments.Count; i++)
            {
                sql.Append((i == 0 ? string.Empty : ", ") + session.Dialect.Quote(assignments[i].Target.Name) + " = ");
                sql.Append(Value(assignments[i], sql));
            }

            sql.Append(" WHERE ");
            batches.AppendRange(sql, after, upper);
            sql.Append(" AND (");
            Pending(sql);
            sql.Append(")");
            await using var command = session.Command(sql);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, progress, cancellationToken);
        return new Outcome(rows, count, resumedFrom);
    }

    /// <summary>Appends the condition of rows still to do: <c>where</c> (if any) and any target differing from its expression.</summary>
    public void Pending(SqlBuilder sql)
    {
        if (where is not null)
        {
            sql.Append("(");
            Where(sql);
            sql.Append(") AND ");
        }

        sql.Append("(");
        for (var i = 0; i < assignments.Count; i++)
        {
            var target = session.Dialect.Quote(assignments[i].Target.Name);
            sql.Append(i == 0 ? string.Empty : " OR ");
            sql.Append(assignments[i].Source.IsVolatile ? target + " IS NULL" : session.Dialect.DistinctFrom(target, Value(assignments[i], sql)));
        }

        sql.Append(")");
    }

    private void Where(SqlBuilder sql)
    {
        if (where is null)
        {
            sql.Append("1 = 1");
        }
        else
        {
            ExpressionRenderer.Render(where, sql, session.Dialect.Expressions);
        }
    }

    private string Value(ColumnAssignment assignment, SqlBuilder sql) =>
        session.Dialect.Expressions.CastTo(ExpressionRenderer.ToSql(assignment.Source, sql, session.Dialect.Expressions), assignment.Target);
}
