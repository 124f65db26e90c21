using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DataFlow.Models;

/// <summary>
/// The generated node names of registered models, found by table name (<c>users</c>, <c>public.users</c>) or by
/// model name (<c>User</c>). Enumerates one entry per model, keyed by model name.
/// </summary>
public sealed class GeneratedNodeMap : IReadOnlyDictionary<string, ModelNodeNames>
{
    private readonly Dictionary<string, ModelNodeNames> _byModel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelNodeNames> _aliases = new(StringComparer.Ordinal);

    internal GeneratedNodeMap(IEnumerable<RegisteredModel> models)
    {
        foreach (var model in models)
        {
            var nodes = model.Nodes;
            _byModel[model.Name] = nodes;
            _aliases.TryAdd(model.Table.QualifiedName, nodes);
            _aliases.TryAdd(model.Table.Name, nodes);
        }
    }

    /// <inheritdoc />
    public int Count => _byModel.Count;

    /// <summary>The model names.</summary>
    public IEnumerable<string> Keys => _byModel.Keys;

    /// <inheritdoc />
    public IEnumerable<ModelNodeNames> Values => _byModel.Values;

    /// <summary>The nodes of the model named <paramref name="key"/>, or of the model of table <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such model or table.</exception>
    public ModelNodeNames this[string key] => TryGetValue(key, out var nodes)
        ? nodes
        : throw new KeyNotFoundException($"'{key}' is neither a model nor a table registered here; models: {string.Join(", ", _byModel.Keys)}.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ModelNodeNames value) =>
        _byModel.TryGetValue(key, out value) || _aliases.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ModelNodeNames>> GetEnumerator() => _byModel.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
