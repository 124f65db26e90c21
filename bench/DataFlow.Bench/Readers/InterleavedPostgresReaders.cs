using DataFlow.Bench.Databases;

namespace DataFlow.Bench.Readers;

/// <summary>
/// DataFlow and EF Core's PostgreSQL factory timed in the same rounds (<see cref="RunTimer.MeasureInterleavedAsync"/>):
/// on a shared machine both see the same load, and both the same warm-up of Npgsql's and the runtime's code, where
/// timing one tool's runs after the other's favoured whichever ran later. Both run in this process.
/// </summary>
internal static class InterleavedPostgresReaders
{
    public static async Task<(ReaderResult DataFlow, ReaderResult EfCore)> MeasureAsync(
        EfCorePostgresReader efCore, BenchDatabase database, int warmups, int runs)
    {
        var (dataFlowMs, dataFlowCounts, efMs, efCounts) = await RunTimer.MeasureInterleavedAsync(
            () => DataFlowReader.DiscoverAsync(database.DataFlowUrl),
            () => Task.FromResult(efCore.Read(database.ConnectionString)),
            warmups,
            runs);
        return (ReaderResult.Measured(DataFlowReader.Tool, DataFlowReader.Version, dataFlowMs, dataFlowCounts),
            ReaderResult.Measured(EfCorePostgresReader.Tool, EfCorePostgresReader.Version, efMs, efCounts));
    }
}
