using DataFlow.Cli.Infrastructure;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Tests.Cli;

/// <summary>Returns a hand-built schema instead of reading a database, and records what it was asked.</summary>
internal sealed class FakeSchemaSource(DatabaseSchema schema) : ISchemaSource
{
    public int Calls { get; private set; }

    public string? Url { get; private set; }

    public ConnectionTarget? Target { get; private set; }

    public SchemaDiscoveryOptions? Options { get; private set; }

    public Task<DatabaseSchema> DiscoverAsync(string url, ConnectionTarget target, SchemaDiscoveryOptions options, CancellationToken cancellationToken = default)
    {
        Calls++;
        Url = url;
        Target = target;
        Options = options;
        return Task.FromResult(schema);
    }
}
