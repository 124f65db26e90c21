using DataFlow.Schema;

namespace DataFlow.Data.Operations;

/// <summary>Bulk create and bulk upsert: multi-row INSERTs in one transaction, with ON CONFLICT for skip and update.</summary>
internal static partial class ModelOperations
{
    /// <summary>Inserts (or upserts) every record, in batches, atomically.</summary>
    public static async Task<BulkResult> BulkInsertAsync(DataSession session, ModelMap model, BulkWrite write, string operation, CancellationToken cancellationToken = default)
    {
        if (write.BatchSize < 1)
        {
            throw DataFlowErrors.InvalidOperationOption("batch_size", $"it is {write.BatchSize}", "Use 1 or more (default 1000).");
        }

        var target = write.Resolution == ConflictResolution.Update || write.ConflictOn is not null
            ? ConflictTarget.Resolve(model, write.ConflictOn, operation)
            : null;
        if (write.Resolution == ConflictResolution.Update)
        {
            RequireConflictValues(model, target!, write.Records, "data");
        }

        var batches = Batches(model, write.Records, write.BatchSize);
        if (batches.Count == 0)
        {
            return new BulkResult();
        }

        var all = write.Records as IReadOnlyDictionary<string, object?>[] ?? [.. write.Records];
        return await session.AtomicallyAsync(async () =>
        {
            long inserted = 0, updated = 0, skipped = 0;
            foreach (var (offset, count, columns) in batches)
            {
                var records = new ArraySegment<IReadOnlyDictionary<string, object?>>(all, offset, count);
                var sql = new SqlBuilder(model.Dialect);
                WriteInsert(sql, model, columns, records, "data", single: false, offset);
                switch (write.Resolution)
                {
                    case ConflictResolution.Error:
                        inserted += await ExecuteAsync(session, model, sql, operation, cancellationToken);
                        break;
                    case ConflictResolution.Skip:
                        sql.Append(" ON CONFLICT");
                        sql.Append(target is null ? string.Empty : " (" + string.Join(", ", target.Select(model.Quote)) + ")").Append(" DO NOTHING");
                        var added = await ExecuteAsync(session, model, sql, operation, cancellationToken);
                        inserted += added;
                        skipped += count - added;
                        break;
                    default:
                        WriteOnConflict(sql, model, target!, columns, ConflictResolution.Update);
                        var (i, u) = await UpsertBatchAsync(session, model, sql, target!, records, operation, cancellationToken);
                        inserted += i;
                        updated += u;
                        break;
                }
            }

            return new BulkResult { Processed = write.Records.Count, Inserted = inserted, Updated = updated, Skipped = skipped, Batches = batches.Count };
        }, cancellationToken);
    }

    private static async Task<(long Inserted, long Updated)> UpsertBatchAsync(DataSession session, ModelMap model, SqlBuilder sql, Column[] target, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, string operation, CancellationToken cancellationToken)
    {
        if (model.Dialect.InsertedMarker is { } marker)
        {
            sql.Append(" RETURNING ").Append(marker);
            var rows = await QueryMarkedAsync(session, model, sql, RecordShape.Empty, operation, cancellationToken);
            var inserted = rows.Count(r => r.Inserted);
            return (inserted, rows.Count - inserted);
        }

        var existing = await CountExistingAsync(session, model, target, records, cancellationToken);
        await ExecuteAsync(session, model, sql, operation, cancellationToken);
        return (records.Count - existing, existing);
    }

    /// <summary>Splits records into runs that share one column set, at most <paramref name="batchSize"/> records and the engine's parameter limit each.</summary>
    private static List<(int Offset, int Count, Column[] Columns)> Batches(ModelMap model, IReadOnlyList<IReadOnlyDictionary<string, object?>> records, int batchSize)
    {
        var batches = new List<(int, int, Column[])>();
        var i = 0;
        while (i < records.Count)
        {
            var columns = RecordInput.Columns(model, records[i], $"data[{i}]");
            // The SQLite-only upsert check counts existing rows with up to one parameter per column and row as well.
            var perStatement = Math.Max(1, Math.Min(batchSize, (model.Dialect.MaxParameters / 2) / Math.Max(1, columns.Length)));
            var start = i++;
            while (i < records.Count && i - start < perStatement && columns.Length > 0 && SameColumns(columns, records[i]))
            {
                RecordInput.Columns(model, records[i], $"data[{i}]");
                i++;
            }

            batches.Add((start, i - start, columns));
        }

        return batches;
    }

    private static bool SameColumns(Column[] columns, IReadOnlyDictionary<string, object?> record)
    {
        if (record.Count != columns.Length)
        {
            return false;
        }

        foreach (var column in columns)
        {
            if (!record.ContainsKey(column.Name))
            {
                return false;
            }
        }

        return true;
    }
}
