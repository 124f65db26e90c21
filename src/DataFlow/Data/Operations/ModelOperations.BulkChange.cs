using DataFlow.Data.Filters;
using DataFlow.Workflows;

namespace DataFlow.Data.Operations;

/// <summary>Bulk update and bulk delete: by filter (an empty filter needs confirmation) or by the keys of records.</summary>
internal static partial class ModelOperations
{
    /// <summary>Updates every row <paramref name="filter"/> matches with <paramref name="fields"/>.</summary>
    public static async Task<BulkResult> BulkUpdateWhereAsync(DataSession session, ModelMap model, object? filter, IReadOnlyDictionary<string, object?> fields, bool confirmed, CancellationToken cancellationToken = default)
    {
        RequireFilterOrConfirmation(model, filter, confirmed, "BulkUpdate");
        var updated = await UpdateWhereAsync(session, model, filter, fields, cancellationToken);
        return new BulkResult { Processed = updated, Updated = updated, Batches = 1 };
    }

    /// <summary>Updates each record's row (found by the key columns in the record) with the record's other fields, atomically.</summary>
    public static async Task<BulkResult> BulkUpdateRecordsAsync(DataSession session, ModelMap model, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, CancellationToken cancellationToken = default)
    {
        RequireKey(model, "BulkUpdate");
        if (records.Count == 0)
        {
            return new BulkResult();
        }

        var keyNames = model.Key.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        return await session.AtomicallyAsync(async () =>
        {
            long updated = 0;
            for (var i = 0; i < records.Count; i++)
            {
                var path = $"data[{i}]";
                var key = KeyValues.From(model, records[i], path);
                var fields = records[i].Where(p => !keyNames.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                if (fields.Count == 0)
                {
                    throw DataFlowErrors.InvalidOperationOption(path, "the record has only key columns, so there is nothing to update", "Give the key and the fields to set in each record.");
                }

                var sql = new SqlBuilder(model.Dialect);
                WriteUpdateSet(sql, model, RecordInput.Columns(model, fields, path), fields, path);
                sql.Append(" WHERE ");
                KeyValues.WriteCondition(sql, model, key, path);
                updated += await ExecuteAsync(session, model, sql, "BulkUpdate", cancellationToken);
            }

            return new BulkResult { Processed = records.Count, Updated = updated, Skipped = records.Count - updated, Batches = records.Count };
        }, cancellationToken);
    }

    /// <summary>Deletes every row <paramref name="filter"/> matches.</summary>
    public static async Task<BulkResult> BulkDeleteWhereAsync(DataSession session, ModelMap model, object? filter, bool confirmed, CancellationToken cancellationToken = default)
    {
        RequireFilterOrConfirmation(model, filter, confirmed, "BulkDelete");
        var sql = new SqlBuilder(model.Dialect).Append("DELETE FROM ").Append(model.TableSql);
        WriteWhere(sql, model, filter);
        var deleted = await ExecuteAsync(session, model, sql, "BulkDelete", cancellationToken);
        return new BulkResult { Processed = deleted, Deleted = deleted, Batches = 1 };
    }

    /// <summary>Deletes the rows with the given keys (key values, or records holding the key columns), in batches, atomically.</summary>
    public static async Task<BulkResult> BulkDeleteKeysAsync(DataSession session, ModelMap model, IReadOnlyList<object?> keys, int batchSize, CancellationToken cancellationToken = default)
    {
        RequireKey(model, "BulkDelete");
        if (batchSize < 1)
        {
            throw DataFlowErrors.InvalidOperationOption("batch_size", $"it is {batchSize}", "Use 1 or more (default 1000).");
        }

        var values = new object?[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            var item = JsonScalars.Unwrap(keys[i]);
            values[i] = ParameterTypes.IsObject(item)
                ? KeyValues.From(model, RecordInput.AsObject(item, $"data[{i}]"), $"data[{i}]")
                : model.Key.Length == 1 && item is not null ? [item] : throw DataFlowErrors.MissingKey(model.Display, model.Key.Select(k => k.Name), $"data[{i}] is {ParameterTypes.Describe(item)}, not a key");
        }

        var perStatement = Math.Max(1, Math.Min(batchSize, model.Dialect.MaxParameters / model.Key.Length));
        return await session.AtomicallyAsync(async () =>
        {
            long deleted = 0;
            var batches = 0;
            for (var start = 0; start < values.Length; start += perStatement, batches++)
            {
                var sql = new SqlBuilder(model.Dialect).Append("DELETE FROM ").Append(model.TableSql).Append(" WHERE ");
                for (var i = start; i < Math.Min(values.Length, start + perStatement); i++)
                {
                    sql.Append(i == start ? "(" : " OR (");
                    KeyValues.WriteCondition(sql, model, values[i], $"data[{i}]");
                    sql.Append(")");
                }

                deleted += await ExecuteAsync(session, model, sql, "BulkDelete", cancellationToken);
            }

            return new BulkResult { Processed = values.Length, Deleted = deleted, Skipped = values.Length - deleted, Batches = batches };
        }, cancellationToken);
    }

    private static void RequireFilterOrConfirmation(ModelMap model, object? filter, bool confirmed, string operation)
    {
        if (FilterCompiler.IsEmpty(filter) && !confirmed)
        {
            throw DataFlowErrors.UnconfirmedBulkOperation(model.Display, operation);
        }
    }
}
