using DataFlow.Data;
using DataFlow.Schema;
using DataFlow.Workflows;

namespace DataFlow.Models;

/// <summary>
/// Registers tables of a discovered schema as models: names them (<see cref="ModelNamer"/>), builds their
/// <see cref="ModelMap"/> and 11 nodes, and puts them in the database's model store and node catalog. A table
/// registered again keeps its model name; its nodes are replaced when the table changed.
/// </summary>
internal sealed class ModelRegistrar(ModelStore store, NodeCatalog catalog, DataConnections data)
{
    /// <summary>Registers <paramref name="tableNames"/> (every table of <paramref name="schema"/> when empty).</summary>
    public (List<ModelEntry> Registered, List<ModelRegistrationError> Errors) Register(DatabaseSchema schema, IReadOnlyCollection<string>? tableNames)
    {
        var errors = new List<ModelRegistrationError>();
        var tables = new List<Table>();
        foreach (var name in tableNames is { Count: > 0 } ? tableNames : schema.Tables.Select(t => t.QualifiedName))
        {
            var table = schema.FindTable(name);
            if (table is null)
            {
                var error = DataFlowErrors.TableNotFound(name, NameSuggester.Suggest(name, schema.Tables.Select(t => t.QualifiedName)));
                errors.Add(new ModelRegistrationError(name, error.Code, error.Message));
            }
            else if (table.Columns.Count == 0)
            {
                var error = DataFlowErrors.TableNotRegistrable(table.QualifiedName, "it has no columns");
                errors.Add(new ModelRegistrationError(name, error.Code, error.Message));
            }
            else if (!tables.Contains(table))
            {
                tables.Add(table);
            }
        }

        var fresh = tables.Where(t => store.ForTable(t.QualifiedName) is null).ToList();
        var names = ModelNamer.Assign(fresh, store.Names);
        var registered = new List<ModelEntry>();
        foreach (var table in tables)
        {
            var existing = store.ForTable(table.QualifiedName);
            if (existing is not null && existing.Model.Table == table)
            {
                registered.Add(existing);
                continue;
            }

            registered.Add(Restore(existing?.Model.Name ?? names[table], table));
        }

        return (registered, errors);
    }

    /// <summary>Registers <paramref name="table"/> under a known model name (from the registry), replacing a model of that name; a code-first model passes its <paramref name="gate"/>.</summary>
    public ModelEntry Restore(string modelName, Table table, IModelGate? gate = null)
    {
        if (store.TryFind(modelName, out var existing) && existing.Model.Name == modelName && existing.Model.Table == table && existing.Gate == gate)
        {
            return existing;
        }

        var entry = new ModelEntry(new RegisteredModel { Name = modelName, Table = table }, () => new ModelMap(modelName, table, data.Dialect), gate);
        foreach (var node in ModelNodeFactory.Create(entry, data))
        {
            catalog.RegisterOrReplace(node);
        }

        store.Put(entry);
        return entry;
    }
}
