using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Workflows;

namespace DataFlow;

/// <summary>Bulk operations of the Express API.</summary>
public sealed partial class DataFlowExpress
{
    /// <summary>Inserts <paramref name="records"/> in batches, in one transaction; <paramref name="resolution"/> says what to do with existing keys.</summary>
    public Task<BulkResult> BulkCreateAsync(string model, IEnumerable<object> records, ConflictResolution resolution = ConflictResolution.Error, object? conflictOn = null, int batchSize = BulkWrite.DefaultBatchSize, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.BulkInsertAsync(s, m, Write(records, resolution, conflictOn, batchSize), "BulkCreate", cancellationToken), cancellationToken);

    /// <summary>Inserts <paramref name="records"/> or updates the rows with the same key (or <paramref name="conflictOn"/> columns).</summary>
    public Task<BulkResult> BulkUpsertAsync(string model, IEnumerable<object> records, ConflictResolution resolution = ConflictResolution.Update, object? conflictOn = null, int batchSize = BulkWrite.DefaultBatchSize, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.BulkInsertAsync(s, m, Write(records, resolution, conflictOn, batchSize), "BulkUpsert", cancellationToken), cancellationToken);

    /// <summary>Sets <paramref name="fields"/> on every row matching <paramref name="filter"/>; an empty filter needs <paramref name="confirmed"/>.</summary>
    public Task<BulkResult> BulkUpdateAsync(string model, object? filter, object fields, bool confirmed = false, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.BulkUpdateWhereAsync(s, m, ValueNormalizer.Normalize(filter), RecordInput.AsObject(ValueNormalizer.Normalize(fields), "fields"), confirmed, cancellationToken), cancellationToken);

    /// <summary>Updates each record's row (found by its key columns) with its other fields.</summary>
    public Task<BulkResult> BulkUpdateAsync(string model, IEnumerable<object> records, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.BulkUpdateRecordsAsync(s, m, RecordInput.AsRecords(ValueNormalizer.Normalize(records), "data"), cancellationToken), cancellationToken);

    /// <summary>Deletes every row matching <paramref name="filter"/>; an empty filter needs <paramref name="confirmed"/>.</summary>
    public Task<BulkResult> BulkDeleteAsync(string model, object? filter, bool confirmed = false, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.BulkDeleteWhereAsync(s, m, ValueNormalizer.Normalize(filter), confirmed, cancellationToken), cancellationToken);

    /// <summary>Deletes the rows with these keys (key values, or objects holding the key columns).</summary>
    public Task<BulkResult> BulkDeleteKeysAsync(string model, IEnumerable<object> keys, int batchSize = BulkWrite.DefaultBatchSize, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.BulkDeleteKeysAsync(s, m, (IReadOnlyList<object?>)ValueNormalizer.Normalize(keys.ToList())!, batchSize, cancellationToken), cancellationToken);

    private static BulkWrite Write(IEnumerable<object> records, ConflictResolution resolution, object? conflictOn, int batchSize) => new()
    {
        Records = RecordInput.FromCaller(records, "data"),
        Resolution = resolution,
        ConflictOn = ValueNormalizer.Normalize(conflictOn),
        BatchSize = batchSize,
    };
}
