using System.Reflection;
using DataFlow.Bench.Databases;
using DataFlow.Schema;

namespace DataFlow.Bench.Readers;

/// <summary>DataFlow's <see cref="DataFlowDb.DiscoverSchemaAsync"/>, one new <see cref="DataFlowDb"/> per run.</summary>
internal sealed class DataFlowReader : ISchemaReader
{
    public const string PendingDialect = "pending: dialect not merged";

    public const string Tool = "DataFlow DiscoverSchemaAsync";

    public static readonly string Version = typeof(DataFlowDb).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";

    public async Task<ReaderResult> MeasureAsync(BenchDatabase database, int warmups, int runs)
    {
        try
        {
            var (runsMs, counts) = await RunTimer.MeasureAsync(() => DiscoverAsync(database.DataFlowUrl), warmups, runs);
            return ReaderResult.Measured(Tool, Version, runsMs, counts);
        }
        catch (NotImplementedException)
        {
            return ReaderResult.NotAvailable(Tool, Version, PendingDialect);
        }
#pragma warning disable CA1031 // One tool failing must not stop the others; the report shows the error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReaderResult.NotAvailable(Tool, Version, "failed: " + e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>One discovery of the database at <paramref name="url"/>, with a new <see cref="DataFlowDb"/>.</summary>
    public static async Task<SchemaCounts> DiscoverAsync(string url)
    {
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url, CommandTimeout = TimeSpan.FromMinutes(10) });
        var schema = await db.DiscoverSchemaAsync();
        return Count(schema);
    }

    private static SchemaCounts Count(DatabaseSchema schema) => new(
        schema.Tables.Count,
        schema.Tables.Sum(t => t.Columns.Count),
        schema.Tables.Sum(t => t.ForeignKeys.Count),
        schema.Tables.Sum(t => t.Indexes.Count));
}
