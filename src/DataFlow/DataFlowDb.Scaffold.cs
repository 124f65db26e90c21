using DataFlow.CodeGen;
using DataFlow.Discovery;

namespace DataFlow;

/// <summary>Scaffolding C# models from this database.</summary>
public sealed partial class DataFlowDb
{
    /// <summary>
    /// Discovers the schema (limited by <paramref name="discovery"/>, e.g. to some PostgreSQL schemas) and writes
    /// the C# models with <see cref="ModelScaffolder.WriteAsync"/>; the headers name this database's masked URL.
    /// </summary>
    /// <exception cref="DataFlowException">Discovery failed, or a <c>DF-GEN-…</c> scaffold error.</exception>
    public async Task<ScaffoldResult> ScaffoldAsync(ScaffoldOptions options, SchemaDiscoveryOptions? discovery = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var schema = await DiscoverSchemaAsync(discovery, cancellationToken);
        return await ModelScaffolder.WriteAsync(schema, options with { SourceUrl = options.SourceUrl ?? DisplayUrl }, cancellationToken);
    }
}
