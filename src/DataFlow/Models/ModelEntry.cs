using DataFlow.Data;

namespace DataFlow.Models;

/// <summary>A registered model with what its operations need (the <see cref="ModelMap"/>).</summary>
internal sealed record ModelEntry(RegisteredModel Model, ModelMap Map);
