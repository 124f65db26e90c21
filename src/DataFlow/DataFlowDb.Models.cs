using DataFlow.Discovery;
using DataFlow.Models;
using DataFlow.Models.Registry;
using DataFlow.Schema;

namespace DataFlow;

/// <summary>Registering tables as models, and the model registry.</summary>
public sealed partial class DataFlowDb
{
    /// <summary>
    /// Discovers the schema and registers tables as models, each with 11 nodes in <see cref="Nodes"/>
    /// (<c>UserCreateNode</c> ... <c>UserBulkUpsertNode</c>). Names may be schema-qualified (<c>sales.orders</c>);
    /// every table (but DataFlow's own <c>dataflow_*</c>) is registered when none are named. A table that cannot be
    /// registered is reported in <see cref="ModelRegistrationResult.Errors"/>, not thrown. Registering a table again
    /// keeps its model name. With <see cref="DataFlowOptions.EnableModelPersistence"/> the models are written to
    /// <c>dataflow_model_registry</c>; in existing-schema mode a missing registry table is not created and the
    /// result says why nothing was persisted.
    /// </summary>
    /// <exception cref="DataFlowException">The database cannot be reached or its catalogs cannot be read.</exception>
    public async Task<ModelRegistrationResult> RegisterSchemaAsModelsAsync(IEnumerable<string>? tables = null, CancellationToken cancellationToken = default)
    {
        var names = tables?.ToList();
        var discovered = await DiscoverSchemaAsync(new SchemaDiscoveryOptions { IncludeDataFlowTables = true }, cancellationToken);
        var registryExists = discovered.Tables.Any(t => t.Name == ModelRegistryStore.TableName);
        var schema = discovered with { Tables = discovered.Tables.Where(t => !t.Name.StartsWith("dataflow_", StringComparison.Ordinal) || names is { Count: > 0 }).ToEquatableArray() };
        var (registered, errors) = new ModelRegistrar(ModelStore, Nodes, Data).Register(schema, names);
        var models = registered.Select(e => e.Model).ToList();
        Log.ModelsRegistered(_logger, models.Count, errors.Count);

        string? skipped = null;
        if (!Options.EnableModelPersistence)
        {
            skipped = "EnableModelPersistence is false";
        }
        else if (!registryExists && SchemaChanges.IsBlocked)
        {
            skipped = $"the registry table {ModelRegistryStore.TableName} does not exist and ExistingSchemaMode forbids creating it (create it once with ExistingSchemaMode off, or ask the schema's owner to)";
        }
        else if (models.Count > 0)
        {
            await Registry.SaveAsync(models, registryExists, Data.Dialect.Name, cancellationToken);
        }

        if (skipped is not null)
        {
            Log.PersistenceSkipped(_logger, skipped);
        }

        return new ModelRegistrationResult
        {
            RegisteredModels = [.. models.Select(m => m.Name)],
            Models = models,
            GeneratedNodes = new GeneratedNodeMap(models),
            Errors = errors,
            Persisted = skipped is null && models.Count > 0,
            PersistenceSkippedReason = skipped,
        };
    }

    /// <summary>
    /// Re-creates the models another process registered, from <c>dataflow_model_registry</c>, with the same names
    /// and identical nodes — without discovering the schema and without guessing table names. Never changes the
    /// database. When the registry table does not exist the result is empty and says so.
    /// </summary>
    /// <exception cref="DataFlowException">The database cannot be reached.</exception>
    public async Task<ModelReconstructionResult> ReconstructModelsFromRegistryAsync(CancellationToken cancellationToken = default)
    {
        var entries = await Registry.LoadAsync(cancellationToken);
        var registered = new List<RegisteredModel>();
        var errors = new List<ModelRegistrationError>();
        var registrar = new ModelRegistrar(ModelStore, Nodes, Data);
        foreach (var entry in entries ?? [])
        {
            try
            {
                var table = ModelDefinition.Read(entry.ModelName, entry.Definition, Data.Dialect.Name);
                registered.Add(registrar.Restore(entry.ModelName, table).Model);
            }
            catch (DataFlowException e)
            {
                errors.Add(new ModelRegistrationError(SchemaObjectName.Qualify(entry.TableSchema, entry.TableName), e.Code, e.Message));
            }
        }

        Log.ModelsReconstructed(_logger, registered.Count);
        return new ModelReconstructionResult
        {
            ReconstructedModels = [.. registered.Select(m => m.Name)],
            Models = registered,
            GeneratedNodes = new GeneratedNodeMap(registered),
            Errors = errors,
            SkippedReason = entries is null ? $"the registry table {ModelRegistryStore.TableName} does not exist" : null,
        };
    }

    private ModelRegistryStore Registry => new(Data, SchemaChanges, ApplicationId, _logger);
}
