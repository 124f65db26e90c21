using DataFlow.Discovery;
using DataFlow.Schema;
using DataFlow.Snapshots;

namespace DataFlow.Cli.Infrastructure;

/// <summary>One side of a comparison: a snapshot file (a path ending in <c>.json</c>) or a database URL to discover.</summary>
internal static class SchemaInput
{
    /// <summary>Whether <paramref name="value"/> names a snapshot file rather than a database.</summary>
    public static bool IsSnapshot(string value) => value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !value.Contains("://", StringComparison.Ordinal);

    /// <summary>A label for reports: the file path, or the URL with its password masked.</summary>
    public static string Label(string value) => IsSnapshot(value) ? value : ResolvedDatabaseLabel(value);

    /// <summary>Reads the snapshot or discovers the database.</summary>
    public static async Task<DatabaseSchema> LoadAsync(string value, CliHost host, CancellationToken cancellationToken = default)
    {
        if (IsSnapshot(value))
        {
            return await SchemaSnapshot.ReadAsync(value, cancellationToken);
        }

        var database = ResolvedDatabase.Resolve(value, host);
        return await host.SchemaSource.DiscoverAsync(database.Url, database.Target, SchemaDiscoveryOptions.Default, cancellationToken);
    }

    private static string ResolvedDatabaseLabel(string value)
    {
        try
        {
            return Connections.DatabaseUrl.Parse(value).DisplayUrl;
        }
        catch (DataFlowException)
        {
            return "(database)";
        }
    }
}
