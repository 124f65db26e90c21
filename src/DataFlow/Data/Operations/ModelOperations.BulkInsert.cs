using DataFlow.Data.Bulk;
using DataFlow.Schema;

namespace DataFlow.Data.Operations;

/// <summary>
/// Bulk create and bulk upsert, atomically. Records are taken in runs of consecutive records with the same columns;
/// the dialect's fast path (<see cref="IBulkInserter"/>: PostgreSQL COPY, a reused SQLite statement) writes the
/// runs it handles, multi-row INSERTs (with ON CONFLICT for skip and update) the rest.
/// </summary>
internal static partial class ModelOperations
{
    /// <summary>Inserts (or upserts) every record, in batches, atomically.</summary>
    public static async Task<BulkResult> BulkInsertAsync(DataSession session, ModelMap model, BulkWrite write, string operation, CancellationToken cancellationToken = default)
    {
        if (write.BatchSize < 1)
        {
            throw DataFlowErrors.InvalidOperationOption("batch_size", $"it is {write.BatchSize}", "Use 1 or more (default 1000).");
        }

        var records = write.Records as IReadOnlyDictionary<string, object?>[] ?? [.. write.Records];
        var target = write.Resolution == ConflictResolution.Update || write.ConflictOn is not null
            ? ConflictTarget.Resolve(model, write.ConflictOn, operation)
            : null;
        if (write.Resolution == ConflictResolution.Update)
        {
            RequireConflictValues(model, target!, records, "data");
        }

        if (records.Length == 0)
        {
            return new BulkResult();
        }

        var fast = model.Dialect.BulkInserter.Handles(write.Resolution, records.Length) ? model.Dialect.BulkInserter : null;
        return await session.AtomicallyAsync(async () =>
        {
            var totals = new BulkResult { Processed = records.Length };
            var index = 0;
            while (index < records.Length)
            {
                var columns = RecordInput.Columns(model, records[index], $"data[{index}]");
                if (fast is not null && columns.Length > 0)
                {
                    var run = new BulkRun { Session = session, Model = model, Columns = columns, Records = records, Start = index, BatchSize = write.BatchSize, Resolution = write.Resolution, Target = target };
                    var written = await FastInsertAsync(fast, run, operation, cancellationToken);
                    totals = totals with { Inserted = totals.Inserted + written.Inserted, Skipped = totals.Skipped + written.Skipped, Batches = totals.Batches + written.Batches };
                    fast = written.Declined || written.End == index ? null : fast;
                    if (written.End > index)
                    {
                        index = written.End;
                        continue;
                    }
                }

                var (end, batch) = await InsertBatchAsync(session, model, write with { Records = records }, target, columns, index, operation, cancellationToken);
                totals = totals with { Inserted = totals.Inserted + batch.Inserted, Updated = totals.Updated + batch.Updated, Skipped = totals.Skipped + batch.Skipped, Batches = totals.Batches + 1 };
                index = end;
            }

            return totals;
        }, cancellationToken);
    }

    private static async Task<BulkRunResult> FastInsertAsync(IBulkInserter fast, BulkRun run, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await fast.InsertAsync(run, cancellationToken);
        }
        catch (Exception e) when (run.Model.Dialect.IsDriverError(e))
        {
            throw run.Model.Dialect.Translate(e, run.Model.Display, operation);
        }
    }

    /// <summary>One multi-row INSERT of the records from <paramref name="start"/> that share <paramref name="columns"/>, up to the batch size and the engine's parameter limit.</summary>
    private static async Task<(int End, BulkResult Counts)> InsertBatchAsync(DataSession session, ModelMap model, BulkWrite write, Column[]? target, Column[] columns, int start, string operation, CancellationToken cancellationToken)
    {
        var records = (IReadOnlyDictionary<string, object?>[])write.Records;
        // The SQLite-only upsert check counts existing rows with up to one parameter per column and row as well.
        var perStatement = Math.Max(1, Math.Min(write.BatchSize, (model.Dialect.MaxParameters / 2) / Math.Max(1, columns.Length)));
        var end = start + 1;
        var values = new object?[columns.Length];
        while (end < records.Length && end - start < perStatement && columns.Length > 0 && RecordInput.TryFetch(records[end], columns, values))
        {
            end++;
        }

        var batch = new ArraySegment<IReadOnlyDictionary<string, object?>>(records, start, end - start);
        var sql = new SqlBuilder(model.Dialect);
        WriteInsert(sql, model, columns, batch, "data", single: false, start);
        switch (write.Resolution)
        {
            case ConflictResolution.Error:
                return (end, new BulkResult { Inserted = await ExecuteAsync(session, model, sql, operation, cancellationToken) });
            case ConflictResolution.Skip:
                sql.Append(" ON CONFLICT").Append(target is null ? string.Empty : " (" + string.Join(", ", target.Select(model.Quote)) + ")").Append(" DO NOTHING");
                var added = await ExecuteAsync(session, model, sql, operation, cancellationToken);
                return (end, new BulkResult { Inserted = added, Skipped = batch.Count - added });
            default:
                WriteOnConflict(sql, model, target!, columns, ConflictResolution.Update);
                var (inserted, updated) = await UpsertBatchAsync(session, model, sql, target!, batch, operation, cancellationToken);
                return (end, new BulkResult { Inserted = inserted, Updated = updated });
        }
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
}
