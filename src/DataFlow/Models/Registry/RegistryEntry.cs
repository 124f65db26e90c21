namespace DataFlow.Models.Registry;

/// <summary>One row of <c>dataflow_model_registry</c>.</summary>
internal sealed record RegistryEntry(string ModelName, string? TableSchema, string TableName, string Definition, string Checksum, long Version, string ApplicationId, string Status);
