using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// Where <c>discover</c> gets a schema from. The real source is the DataFlow library; tests substitute a
/// hand-built schema to check output without a database.
/// </summary>
internal interface ISchemaSource
{
    /// <summary>Discovers the schema of <paramref name="url"/> (already parsed as <paramref name="target"/>).</summary>
    Task<DatabaseSchema> DiscoverAsync(string url, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default);
}
