namespace DataFlow.Models;

/// <summary>What <see cref="DataFlowDb.ReconstructModelsFromRegistryAsync"/> found in the model registry.</summary>
public sealed record ModelReconstructionResult
{
    /// <summary>The models re-created from the registry (names, sorted).</summary>
    public required IReadOnlyList<string> ReconstructedModels { get; init; }

    /// <summary>The models themselves.</summary>
    public required IReadOnlyList<RegisteredModel> Models { get; init; }

    /// <summary>The node names by table name or model name, identical to those of the registering process.</summary>
    public required GeneratedNodeMap GeneratedNodes { get; init; }

    /// <summary>Registry entries that could not be read, with the reason.</summary>
    public required IReadOnlyList<ModelRegistrationError> Errors { get; init; }

    /// <summary>Why nothing was read (the registry table does not exist), or null.</summary>
    public string? SkippedReason { get; init; }
}
