using DataFlow.Data;

namespace DataFlow.Models;

/// <summary>A registered model with what its operations need (the <see cref="ModelMap"/>).</summary>
/// <param name="Model">The model.</param>
/// <param name="Map">How its operations address the table.</param>
/// <param name="Gate">For a code-first model, what must happen before its first use (the auto-migration); else null.</param>
internal sealed record ModelEntry(RegisteredModel Model, ModelMap Map, IModelGate? Gate = null)
{
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
