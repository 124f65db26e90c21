namespace DataFlow.Models;

/// <summary>What <see cref="DataFlowDb.RegisterSchemaAsModelsAsync"/> did.</summary>
public sealed record ModelRegistrationResult
{
    /// <summary>The models registered (names, in table order).</summary>
    public required IReadOnlyList<string> RegisteredModels { get; init; }

    /// <summary>The registered models themselves.</summary>
    public required IReadOnlyList<RegisteredModel> Models { get; init; }

    /// <summary>The node names by table name or model name: <c>GeneratedNodes["users"].List == "UserListNode"</c>.</summary>
    public required GeneratedNodeMap GeneratedNodes { get; init; }

    /// <summary>Tables that could not be registered, with the reason.</summary>
    public required IReadOnlyList<ModelRegistrationError> Errors { get; init; }

    /// <summary>The number of models registered.</summary>
    public int SuccessCount => RegisteredModels.Count;

    /// <summary>The number of tables that could not be registered.</summary>
    public int ErrorCount => Errors.Count;

    /// <summary>True when the models were written to the model registry table.</summary>
    public bool Persisted { get; init; }

    /// <summary>Why the models were not written to the registry (persistence disabled, or the registry table missing in existing-schema mode), or null.</summary>
    public string? PersistenceSkippedReason { get; init; }
}
