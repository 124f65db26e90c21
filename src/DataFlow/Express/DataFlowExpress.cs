using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow;

/// <summary>
/// The model operations as plain async methods, for code that needs no workflow. A model is named by model name
/// (<c>User</c>) or table name (<c>users</c>, <c>public.users</c>); filters, records and keys take the same shapes
/// as the nodes' parameters (anonymous objects, dictionaries, JSON, <see cref="Filter"/> builders).
/// </summary>
/// <example><code>var adults = await db.Express.ListAsync("users", Filter.Gte("age", 18), limit: 50, orderBy: "-created_at");</code></example>
public sealed partial class DataFlowExpress
{
    private readonly DataFlowDb _db;

    internal DataFlowExpress(DataFlowDb db) => _db = db;

    /// <summary>Inserts one record; omitted columns get the database's default. Returns the stored row.</summary>
    public Task<IReadOnlyDictionary<string, object?>> CreateAsync(string model, object data, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyDictionary<string, object?>>(model, async (s, m) => await ModelOperations.CreateAsync(s, m, RecordInput.AsObject(ValueNormalizer.Normalize(data), "data"), cancellationToken), cancellationToken);

    /// <summary>The row with this primary key, or null. <paramref name="key"/> is the value of a single-column key, or <c>new { order_id = 1, product_id = 2 }</c>.</summary>
    public Task<IReadOnlyDictionary<string, object?>?> ReadAsync(string model, object key, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyDictionary<string, object?>?>(model, async (s, m) => await ModelOperations.ReadAsync(s, m, Key(m, key), cancellationToken: cancellationToken), cancellationToken);

    /// <summary>Sets <paramref name="fields"/> on the row with this key; says what changed.</summary>
    public Task<UpdateResult> UpdateAsync(string model, object key, object fields, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.UpdateAsync(s, m, Key(m, key), RecordInput.AsObject(ValueNormalizer.Normalize(fields), "fields"), cancellationToken), cancellationToken);

    /// <summary>Deletes the row with this key; false when there was none.</summary>
    public Task<bool> DeleteAsync(string model, object key, CancellationToken cancellationToken = default) =>
        RunAsync(model, async (s, m) => await ModelOperations.DeleteAsync(s, m, Key(m, key), cancellationToken) is not null, cancellationToken);

    /// <summary>Rows matching <paramref name="filter"/>, ordered (default: by primary key), paged and projected.</summary>
    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListAsync(
        string model, object? filter = null, long? limit = ListQuery.DefaultLimit, long offset = 0, object? orderBy = null, object? fields = null, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<IReadOnlyDictionary<string, object?>>>(model, async (s, m) => await ModelOperations.ListAsync(s, m, new ListQuery
        {
            Filter = ValueNormalizer.Normalize(filter),
            Limit = limit,
            Offset = offset,
            OrderBy = ValueNormalizer.Normalize(orderBy),
            Fields = ValueNormalizer.Normalize(fields),
        }, cancellationToken), cancellationToken);

    /// <summary>The number of rows matching <paramref name="filter"/>.</summary>
    public Task<long> CountAsync(string model, object? filter = null, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.CountAsync(s, m, ValueNormalizer.Normalize(filter), cancellationToken), cancellationToken);

    /// <summary>Inserts the record, or updates the row with the same primary key (or <paramref name="conflictOn"/> columns).</summary>
    public Task<UpsertResult> UpsertAsync(string model, object data, object? conflictOn = null, CancellationToken cancellationToken = default) =>
        RunAsync(model, (s, m) => ModelOperations.UpsertAsync(s, m, RecordInput.AsObject(ValueNormalizer.Normalize(data), "data"), ValueNormalizer.Normalize(conflictOn), cancellationToken), cancellationToken);

    /// <summary>The typed operations of the code-first model <typeparamref name="T"/> (registered with <c>db.Model&lt;T&gt;()</c>).</summary>
    public TypedExpress<T> For<T>()
        where T : class => new(this);

    /// <summary>The map of <paramref name="model"/> after its first-use gate (auto-migration).</summary>
    internal async Task<ModelMap> ReadyMapAsync(string model, CancellationToken cancellationToken) =>
        (await _db.ModelStore.Find(model).ReadyAsync(cancellationToken)).Map;

    private static object?[] Key(ModelMap model, object key)
    {
        var normalized = ValueNormalizer.Normalize(key);
        return ParameterTypes.IsObject(normalized)
            ? KeyValues.From(model, RecordInput.AsObject(normalized, "key"), "key")
            : KeyValues.From(model, new Dictionary<string, object?> { ["key"] = normalized }, "key");
    }

    private async Task<T> RunAsync<T>(string model, Func<DataSession, ModelMap, Task<T>> operation, CancellationToken cancellationToken)
    {
        var entry = await _db.ModelStore.Find(model).ReadyAsync(cancellationToken);
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        return await operation(session, entry.Map);
    }
}
