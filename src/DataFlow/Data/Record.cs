using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataFlow.Data;

/// <summary>
/// One row as a read-only dictionary from column name to value (null for SQL NULL), in select-list order.
/// Rows of one result share their column names, so a record costs one array.
/// </summary>
[JsonConverter(typeof(RecordJsonConverter))]
internal sealed class Record : IReadOnlyDictionary<string, object?>
{
    private readonly RecordShape _shape;
    private readonly object?[] _values;

    public Record(RecordShape shape, object?[] values)
    {
        _shape = shape;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _shape.Names;

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values;

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The record has no column '{key}'; its columns are: {string.Join(", ", _shape.Names)}.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => _shape.IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = _shape.IndexOf(key);
        value = index < 0 ? null : _values[index];
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_shape.Names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
