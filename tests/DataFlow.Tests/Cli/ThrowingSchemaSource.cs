using DataFlow.Cli.Infrastructure;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Tests.Cli;

/// <summary>A schema source that fails the way a database could.</summary>
internal sealed class ThrowingSchemaSource(Exception exception) : ISchemaSource
{
    public Task<DatabaseSchema> DiscoverAsync(string url, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default) =>
        Task.FromException<DatabaseSchema>(exception);
}

