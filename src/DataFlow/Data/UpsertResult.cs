namespace DataFlow.Data;

/// <summary>What an upsert did.</summary>
/// <param name="Record">The stored row.</param>
/// <param name="Created">True when the row was inserted, false when an existing row was updated.</param>
public sealed record UpsertResult(IReadOnlyDictionary<string, object?> Record, bool Created);
