using System.Collections.Concurrent;

namespace DataFlow.Models;

/// <summary>The models of one <see cref="DataFlowDb"/>, found by model name or by (qualified) table name. Thread-safe.</summary>
internal sealed class ModelStore
{
    private readonly ConcurrentDictionary<string, ModelEntry> _byModel = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModelEntry> _byTable = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The registered models, by name.</summary>
    public IReadOnlyList<RegisteredModel> Models => [.. _byModel.Values.Select(e => e.Model).OrderBy(m => m.Name, StringComparer.Ordinal)];

    /// <summary>Every model name in use.</summary>
    public ISet<string> Names => _byModel.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The entry of the model named <paramref name="name"/>, or of the model of table <paramref name="name"/>.</summary>
    /// <exception cref="DataFlowException">No such model (<c>DF-MODEL-001</c>).</exception>
    public ModelEntry Find(string name) =>
        TryFind(name, out var entry) ? entry : throw DataFlowErrors.UnknownModel(name, _byModel.Keys.Order(StringComparer.Ordinal));

    /// <summary>Finds a model by model name, qualified table name or table name.</summary>
    public bool TryFind(string name, out ModelEntry entry) =>
        _byModel.TryGetValue(name, out entry!) || _byTable.TryGetValue(name, out entry!);

    /// <summary>The model already registered for the table <paramref name="qualifiedTable"/>, if any.</summary>
    public ModelEntry? ForTable(string qualifiedTable) => _byTable.TryGetValue(qualifiedTable, out var entry) && entry.Model.Table.QualifiedName == qualifiedTable ? entry : null;

    /// <summary>Adds or replaces a model.</summary>
    public void Put(ModelEntry entry)
    {
        lock (_gate)
        {
            _byModel[entry.Model.Name] = entry;
            _byTable[entry.Model.Table.QualifiedName] = entry;
            _byTable.TryAdd(entry.Model.Table.Name, entry);
        }
    }
}
