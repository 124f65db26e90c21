using System.Runtime.CompilerServices;
using DataFlow.Data;
using DataFlow.Data.Operations;
using DataFlow.Models;
using DataFlow.Workflows;

namespace DataFlow;

/// <summary>Streaming reads of the Express API.</summary>
public sealed partial class DataFlowExpress
{
    /// <summary>
    /// Streams the rows matching <paramref name="filter"/>, ordered (default: by primary key), without collecting
    /// them: each record is read from the open data reader when the enumeration asks for it, so memory stays flat
    /// for any number of rows. There is no limit unless <paramref name="limit"/> is given. The connection is held
    /// until the enumeration ends or is disposed; cancel <paramref name="cancellationToken"/> (or the token given
    /// to <c>WithCancellation</c>) to stop it between rows.
    /// </summary>
    /// <exception cref="DataFlowException">
    /// Thrown by this call for an unknown model, filter, order or projection; while enumerating, for database errors.
    /// </exception>
    /// <example><code>await foreach (var row in db.Express.StreamAsync("events", Filter.Gte("at", since))) { ... }</code></example>
    public IAsyncEnumerable<IReadOnlyDictionary<string, object?>> StreamAsync(
        string model, object? filter = null, object? orderBy = null, object? fields = null, long? limit = null, long offset = 0, CancellationToken cancellationToken = default)
    {
        var entry = _db.ModelStore.Find(model);
        return entry.Gate is null
            ? Stream(entry.Map, filter, orderBy, fields, limit, offset, cancellationToken)
            : StreamWhenReadyAsync(entry, filter, orderBy, fields, limit, offset, cancellationToken);
    }

    /// <summary>A code-first model streams after its first-use gate (the auto-migration).</summary>
    private async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> StreamWhenReadyAsync(
        ModelEntry entry, object? filter, object? orderBy, object? fields, long? limit, long offset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ready = await entry.ReadyAsync(cancellationToken);
        await foreach (var row in Stream(ready.Map, filter, orderBy, fields, limit, offset, cancellationToken))
        {
            yield return row;
        }
    }

    private IAsyncEnumerable<IReadOnlyDictionary<string, object?>> Stream(
        ModelMap map, object? filter, object? orderBy, object? fields, long? limit, long offset, CancellationToken cancellationToken)
    {
        var sql = ModelOperations.BuildList(map, new ListQuery
        {
            Filter = ValueNormalizer.Normalize(filter),
            Limit = limit,
            Offset = offset,
            OrderBy = ValueNormalizer.Normalize(orderBy),
            Fields = ValueNormalizer.Normalize(fields),
        }, out var shape);
        return ModelOperations.StreamAsync(_db.Data.OpenAsync, map, sql, shape, cancellationToken);
    }
}
