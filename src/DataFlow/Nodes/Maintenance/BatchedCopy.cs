using DataFlow.Data;
using DataFlow.Expressions;
using DataFlow.Schema;

namespace DataFlow.Nodes.Maintenance;

/// <summary>
/// Inserts rows computed from a source table into a target table, in key-ordered batches of the source, each its
/// own transaction: <c>INSERT INTO target (…) SELECT … FROM source s WHERE key range AND where</c>. When every
/// primary-key column of the target is filled straight from a source column, rows whose key is already in the
/// target are left out, which makes the copy resumable; otherwise a second run inserts again (and a unique key
/// refuses it).
/// </summary>
internal sealed class BatchedCopy(DataSession session, Table source, Table target, IReadOnlyList<ColumnAssignment> assignments, CheckedExpression? where)
{
    private const string SourceAlias = "s";
    private const string TargetAlias = "t";

    /// <summary>Copies; returns the rows inserted and the batches run.</summary>
    public async Task<(long Rows, long Batches)> RunAsync(long batchSize, Action<long, long> progress, CancellationToken cancellationToken)
    {
        var dialect = session.Dialect;
        var batches = new KeysetBatches(session, source, SourceAlias);
        var keyMap = TargetKeyFromSource();
        return await batches.RunAsync(sql => Condition(sql, keyMap), batchSize, async (after, upper) =>
        {
            var sql = new SqlBuilder(dialect).Append("INSERT INTO " + dialect.TableName(target) + " ("
                + string.Join(", ", assignments.Select(a => dialect.Quote(a.Target.Name))) + ") SELECT ");
            for (var i = 0; i < assignments.Count; i++)
            {
                sql.Append(i == 0 ? string.Empty : ", ");
                sql.Append(dialect.Expressions.CastTo(ExpressionRenderer.ToSql(assignments[i].Source, sql, dialect.Expressions, SourceAlias), assignments[i].Target));
            }

            sql.Append(" FROM " + dialect.TableName(source) + " " + SourceAlias + " WHERE ");
            batches.AppendRange(sql, after, upper);
            sql.Append(" AND (");
            Condition(sql, keyMap);
            sql.Append(")");
            await using var command = session.Command(sql);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, progress, cancellationToken);
    }

    private void Condition(SqlBuilder sql, IReadOnlyList<(Column Target, Column Source)>? keyMap)
    {
        var dialect = session.Dialect;
        if (where is null)
        {
            sql.Append("1 = 1");
        }
        else
        {
            ExpressionRenderer.Render(where, sql, dialect.Expressions, SourceAlias);
        }

        if (keyMap is not null)
        {
            sql.Append(" AND NOT EXISTS (SELECT 1 FROM " + dialect.TableName(target) + " " + TargetAlias + " WHERE "
                + string.Join(" AND ", keyMap.Select(k => TargetAlias + "." + dialect.Quote(k.Target.Name) + " = " + SourceAlias + "." + dialect.Quote(k.Source.Name))) + ")");
        }
    }

    // The target key's columns, each with the source column it is copied from; null unless every one is a plain column copy.
    private List<(Column Target, Column Source)>? TargetKeyFromSource()
    {
        if (target.PrimaryKey is not { } key)
        {
            return null;
        }

        var map = new List<(Column, Column)>();
        foreach (var name in key.Columns)
        {
            var assignment = assignments.FirstOrDefault(a => a.Target.Name == name);
            if (assignment?.Source.Syntax is not ColumnSyntax column)
            {
                return null;
            }

            map.Add((assignment.Target, assignment.Source.Columns[column.Name]));
        }

        return map;
    }
}
