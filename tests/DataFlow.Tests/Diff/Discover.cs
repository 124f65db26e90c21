using DataFlow.Cli.Infrastructure;
using DataFlow.Connections;
using DataFlow.Discovery;
using DataFlow.Schema;

namespace DataFlow.Tests.Diff;

/// <summary>Real discovery for the diff tests.</summary>
internal static class Discover
{
    public static Task<DatabaseSchema> UrlAsync(string url) =>
        DataFlowSchemaSource.Instance.DiscoverAsync(url, DatabaseUrl.Parse(url), SchemaDiscoveryOptions.Default);

    public static string SqliteUrl(string path) => "sqlite:///" + path;
}
