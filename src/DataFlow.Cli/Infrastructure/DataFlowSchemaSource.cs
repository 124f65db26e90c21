using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Cli.Infrastructure;

/// <summary>Discovers through <see cref="DataFlowDb"/>, read-only (existing-schema mode, no auto-migration).</summary>
internal sealed class DataFlowSchemaSource : ISchemaSource
{
    /// <summary>The shared instance.</summary>
    public static DataFlowSchemaSource Instance { get; } = new();

    /// <inheritdoc />
    public async Task<DatabaseSchema> DiscoverAsync(string url, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default)
    {
        await using var db = Open(url);
        return await db.DiscoverSchemaAsync(options, cancellationToken);
    }

    /// <summary>A read-only <see cref="DataFlowDb"/> on <paramref name="url"/>, as every CLI command uses it.</summary>
    public static DataFlowDb Open(string url) => new(new DataFlowOptions
    {
        DatabaseUrl = url,
        AutoMigrate = false,
        ExistingSchemaMode = true,
        EnableModelPersistence = false,
        ApplicationId = "dataflow-cli",
    });
}
