using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DataFlow.Workflows;

/// <summary>
/// The values a node runs with, by parameter name: given when the workflow was built, overridden at run time,
/// or arriving through connections, else the declared default. A parameter with none of these is absent.
/// </summary>
public sealed class NodeInputs : IReadOnlyDictionary<string, object?>
{
    /// <summary>Marks a slot that has no value.</summary>
    internal static readonly object Missing = new();

    private readonly ParameterLayout _layout;
    private readonly object?[] _values;

    internal NodeInputs(ParameterLayout layout, object?[] values)
    {
        _layout = layout;
        _values = values;
    }

    /// <summary>The number of inputs that have a value.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var value in _values)
            {
                count += ReferenceEquals(value, Missing) ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The names of the inputs that have a value.</summary>
    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    /// <summary>The values of the inputs that have one.</summary>
    public IEnumerable<object?> Values => this.Select(pair => pair.Value);

    /// <summary>The value of <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The input has no value.</exception>
    public object? this[string name] => TryGetValue(name, out var value) ? value : throw NotFound(name);

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var slot = _layout.IndexOf(key);
        value = slot < 0 ? null : _values[slot];
        if (slot < 0 || ReferenceEquals(value, Missing))
        {
            value = null;
            return false;
        }

        return true;
    }

    /// <summary>The value of <paramref name="name"/> as <typeparamref name="T"/> (numbers convert between CLR types; JSON and plain objects to <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, lists to <c>IReadOnlyList&lt;object?&gt;</c>).</summary>
    /// <exception cref="KeyNotFoundException">The input has no value.</exception>
    /// <exception cref="InvalidCastException">The value cannot be converted faithfully.</exception>
    public T Get<T>(string name)
    {
        var value = this[name];
        return ValueConversion.TryConvert<T>(value, out var result)
            ? result
            : throw new InvalidCastException($"The input '{name}' is {ParameterTypes.Describe(value)}, which cannot be read as {typeof(T).Name}.");
    }

    /// <summary>The value of <paramref name="name"/> as <typeparamref name="T"/>, or <paramref name="fallback"/> when it has none.</summary>
    /// <exception cref="InvalidCastException">The value cannot be converted faithfully.</exception>
    public T GetOrDefault<T>(string name, T fallback) => ContainsKey(name) ? Get<T>(name) : fallback;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (!ReferenceEquals(_values[i], Missing))
            {
                yield return new KeyValuePair<string, object?>(_layout.Names[i], _values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private KeyNotFoundException NotFound(string name) => new(
        _layout.IndexOf(name) < 0
            ? $"The node has no input named '{name}'; its inputs are: {string.Join(", ", _layout.Names)}."
            : $"The input '{name}' has no value: it was not given, not connected (or its source was skipped) and has no default.");
}
