using DataFlow.CodeFirst.AutoMigration;
using DataFlow.Data;
using DataFlow.Data.Operations;

namespace DataFlow;

/// <summary>
/// The Express operations of a code-first model with typed results: <c>await db.Express.For&lt;Product&gt;().ListAsync()</c>
/// returns <typeparamref name="T"/> instances. Get it with <see cref="DataFlowExpress.For{T}"/>.
/// </summary>
/// <typeparam name="T">A class registered with <c>db.Model&lt;T&gt;()</c>.</typeparam>
public sealed class TypedExpress<T>
    where T : class
{
    private readonly DataFlowExpress _express;
    private readonly string _model = typeof(T).Name;

    internal TypedExpress(DataFlowExpress express) => _express = express;

    /// <summary>Inserts <paramref name="item"/> (a key still at its default is assigned by the database); returns the stored row.</summary>
    public async Task<T> CreateAsync(T item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var map = await _express.ReadyMapAsync(_model, cancellationToken);
        var record = TypedRows<T>.ToRecord(item, map.Table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal), map.Key.Select(k => k.Name).ToList());
        return TypedRows<T>.FromRow(await _express.CreateAsync(_model, record, cancellationToken));
    }

    /// <summary>The row with this key, or null.</summary>
    public async Task<T?> ReadAsync(object key, CancellationToken cancellationToken = default) =>
        await _express.ReadAsync(_model, key, cancellationToken) is { } row ? TypedRows<T>.FromRow(row) : null;

    /// <summary>Rows matching <paramref name="filter"/>, ordered (default: by key) and paged.</summary>
    public async Task<IReadOnlyList<T>> ListAsync(object? filter = null, long? limit = ListQuery.DefaultLimit, long offset = 0, object? orderBy = null, CancellationToken cancellationToken = default) =>
        [.. (await _express.ListAsync(_model, filter, limit, offset, orderBy, cancellationToken: cancellationToken)).Select(TypedRows<T>.FromRow)];

    /// <summary>Sets <paramref name="fields"/> on the row with this key.</summary>
    public Task<UpdateResult> UpdateAsync(object key, object fields, CancellationToken cancellationToken = default) =>
        _express.UpdateAsync(_model, key, fields, cancellationToken);

    /// <summary>Deletes the row with this key; false when there was none.</summary>
    public Task<bool> DeleteAsync(object key, CancellationToken cancellationToken = default) =>
        _express.DeleteAsync(_model, key, cancellationToken);

    /// <summary>The number of rows matching <paramref name="filter"/>.</summary>
    public Task<long> CountAsync(object? filter = null, CancellationToken cancellationToken = default) =>
        _express.CountAsync(_model, filter, cancellationToken);
}
