using Microsoft.Extensions.Logging;

namespace DataFlow;

/// <summary>Log messages of models, the registry and the schema-change executor (event ids 3000–3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Schema change ({Purpose}): {Statement}")]
    public static partial void SchemaChangeRunning(ILogger logger, string purpose, string statement);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Schema change blocked by ExistingSchemaMode ({Purpose}): {Statement}")]
    public static partial void SchemaChangeBlocked(ILogger logger, string purpose, string statement);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Registered {Models} models ({Errors} tables failed)")]
    public static partial void ModelsRegistered(ILogger logger, int models, int errors);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Model registry not written: {Reason}")]
    public static partial void PersistenceSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Model registry: {Model} {Action} (version {Version})")]
    public static partial void RegistryWritten(ILogger logger, string model, string action, long version);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Reconstructed {Models} models from the registry")]
    public static partial void ModelsReconstructed(ILogger logger, int models);
}
