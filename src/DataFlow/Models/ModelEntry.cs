using DataFlow.Data;

namespace DataFlow.Models;

/// <summary>A registered model with what its operations need (the <see cref="ModelMap"/>, built on first use).</summary>
/// <param name="model">The model.</param>
/// <param name="map">Builds how its operations address the table: registering many models (a fresh process's start-up)
/// should not pay for the maps of models it does not use yet.</param>
/// <param name="gate">For a code-first model, what must happen before its first use (the auto-migration); else null.</param>
internal sealed class ModelEntry(RegisteredModel model, Func<ModelMap> map, IModelGate? gate = null)
{
    private readonly Lazy<ModelMap> _map = new(map);

    /// <summary>The model.</summary>
    public RegisteredModel Model { get; } = model;

    /// <summary>How its operations address the table.</summary>
    public ModelMap Map => _map.Value;

    /// <summary>For a code-first model, what must happen before its first use (the auto-migration); else null.</summary>
    public IModelGate? Gate { get; } = gate;

    /// <summary>Waits for the gate (if any) and returns the entry to use: the latest registered under this model's name.</summary>
    public async Task<ModelEntry> ReadyAsync(CancellationToken cancellationToken)
    {
        if (Gate is null)
        {
            return this;
        }

        await Gate.EnsureAsync(cancellationToken);
        return Gate.Latest(this);
    }
}

/// <summary>What a code-first model waits for before its first use.</summary>
internal interface IModelGate
{
    /// <summary>Completes when the model's table is ready (auto-migrated or checked); throws the failure otherwise.</summary>
    Task EnsureAsync(CancellationToken cancellationToken);

    /// <summary>The entry now registered for <paramref name="entry"/>'s model (its table may have been adjusted to the live one).</summary>
    ModelEntry Latest(ModelEntry entry);
}
