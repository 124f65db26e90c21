namespace DataFlow.Data.Operations;

/// <summary>Read and delete of one row by primary key.</summary>
internal static partial class ModelOperations
{
    /// <summary>The row with key <paramref name="key"/>, or null.</summary>
    public static async Task<Record?> ReadAsync(DataSession session, ModelMap model, object?[] key, RecordShape? shape = null, CancellationToken cancellationToken = default)
    {
        RequireKey(model, "Read");
        shape ??= model.AllColumns;
        if (ReferenceEquals(shape, model.AllColumns))
        {
            var arguments = new SqlArgument[key.Length];
            for (var i = 0; i < key.Length; i++)
            {
                arguments[i] = model.Dialect.Adapt(model.Key[i], ValueCoercer.CoerceField(model.Key[i], key[i], "key", -1));
            }

            var found = await QueryAsync(session, model, model.ReadByKeySql, arguments, shape, "Read", capacity: 1, cancellationToken);
            return found.Count == 0 ? null : found[0];
        }

        var sql = new SqlBuilder(model.Dialect).Append("SELECT ").Append(shape.SelectList).Append(" FROM ").Append(model.TableSql).Append(" WHERE ");
        KeyValues.WriteCondition(sql, model, key);
        var rows = await QueryAsync(session, model, sql, shape, "Read", cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Deletes the row with key <paramref name="key"/>; returns it, or null when there was none.</summary>
    public static async Task<Record?> DeleteAsync(DataSession session, ModelMap model, object?[] key, CancellationToken cancellationToken = default)
    {
        RequireKey(model, "Delete");
        var sql = new SqlBuilder(model.Dialect).Append("DELETE FROM ").Append(model.TableSql).Append(" WHERE ");
        KeyValues.WriteCondition(sql, model, key);
        sql.Append(" RETURNING ").Append(model.AllColumns.SelectList);
        var rows = await QueryAsync(session, model, sql, model.AllColumns, "Delete", cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }
}
