using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataFlow.Workflows;

/// <summary>
/// What a node produced: named values (<c>result</c> for most nodes), read-only and serialisable as a JSON
/// object. Connections read them by name, or into them by dotted path (<c>result.records.0.id</c>).
/// </summary>
[JsonConverter(typeof(NodeOutputJsonConverter))]
public sealed class NodeOutput : IReadOnlyDictionary<string, object?>
{
    private const int LinearSearchLimit = 8;
    private static readonly string[] ResultKey = ["result"];
    private readonly string[] _keys;
    private readonly object?[] _values;
    private readonly Dictionary<string, int>? _index;

    /// <summary>An output with one value.</summary>
    public NodeOutput(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _keys = key == "result" ? ResultKey : [key];
        _values = [value];
    }

    /// <summary>An output with the given values (a dictionary, or any key/value pairs with distinct keys).</summary>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public NodeOutput(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var pairs = values.ToArray();
        _keys = new string[pairs.Length];
        _values = new object?[pairs.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i++)
        {
            if (!seen.Add(pairs[i].Key))
            {
                throw new ArgumentException($"The output key '{pairs[i].Key}' appears twice.", nameof(values));
            }

            (_keys[i], _values[i]) = (pairs[i].Key, pairs[i].Value);
        }

        if (_keys.Length > LinearSearchLimit)
        {
            _index = new Dictionary<string, int>(_keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < _keys.Length; i++)
            {
                _index[_keys[i]] = i;
            }
        }
    }

    /// <summary>An output without values.</summary>
    public static NodeOutput Empty { get; } = new([]);

    /// <summary>The usual output: <c>{ "result": value }</c>.</summary>
    public static NodeOutput Result(object? value) => new("result", value);

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);

    /// <inheritdoc />
    public IEnumerable<object?> Values => Array.AsReadOnly(_values);

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The output has no key '{key}'; its keys are: {string.Join(", ", _keys)}.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index < 0 ? null : _values[index];
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var index) ? index : -1;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
