using DataFlow.Data.Filters;

namespace DataFlow.Data.Operations;

/// <summary>List and count.</summary>
internal static partial class ModelOperations
{
    /// <summary>The largest list presized from its limit (larger ones grow as rows arrive).</summary>
    private const int MaxPresized = 4096;

    /// <summary>The rows <paramref name="query"/> selects, in order (by primary key unless <c>order_by</c> says otherwise).</summary>
    public static async Task<List<Record>> ListAsync(DataSession session, ModelMap model, ListQuery query, CancellationToken cancellationToken = default)
    {
        var sql = BuildList(model, query, out var shape);
        return await QueryAsync(session, model, sql.Text, sql.Arguments, shape, "List", (int)Math.Min(query.Limit ?? MaxPresized, MaxPresized), cancellationToken);
    }

    /// <summary>The number of rows <paramref name="filter"/> matches.</summary>
    public static async Task<long> CountAsync(DataSession session, ModelMap model, object? filter, CancellationToken cancellationToken = default)
    {
        var sql = new SqlBuilder(model.Dialect).Append("SELECT count(*) FROM ").Append(model.TableSql);
        WriteWhere(sql, model, filter);
        return await CountAsync(session, model, sql, "Count", cancellationToken);
    }

    /// <summary>The SELECT of a list, and the shape of its rows.</summary>
    public static SqlBuilder BuildList(ModelMap model, ListQuery query, out RecordShape shape)
    {
        if (query.Limit is < 0)
        {
            throw DataFlowErrors.InvalidOperationOption("limit", $"it is {query.Limit}", "Use 0 or more, or null for no limit.");
        }

        if (query.Offset < 0)
        {
            throw DataFlowErrors.InvalidOperationOption("offset", $"it is {query.Offset}", "Use 0 or more.");
        }

        shape = FieldSelection.Parse(model, query.Fields);
        var order = OrderBy.Parse(model, query.OrderBy);
        if (order.Count == 0)
        {
            order.AddRange(model.Key.Select(k => (k, false)));
        }

        var sql = new SqlBuilder(model.Dialect).Append("SELECT ").Append(shape.SelectList).Append(" FROM ").Append(model.TableSql);
        WriteWhere(sql, model, query.Filter);
        OrderBy.Write(sql, model, order);
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT ").Argument(new SqlArgument(limit));
        }
        else if (query.Offset > 0)
        {
            sql.Append(model.Dialect.NoLimit);
        }

        if (query.Offset > 0)
        {
            sql.Append(" OFFSET ").Argument(new SqlArgument(query.Offset));
        }

        return sql;
    }

    private static void WriteWhere(SqlBuilder sql, ModelMap model, object? filter)
    {
        var at = sql.Length;
        sql.Append(" WHERE ");
        if (!FilterCompiler.TryWrite(sql, model, filter))
        {
            sql.Truncate(at);
        }
    }
}
