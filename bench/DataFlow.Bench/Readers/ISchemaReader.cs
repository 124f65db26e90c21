using DataFlow.Bench.Databases;

namespace DataFlow.Bench.Readers;

/// <summary>One tool that reads a whole schema: DataFlow, or an EF Core baseline.</summary>
internal interface ISchemaReader
{
    /// <summary>Warms up, then times <paramref name="runs"/> full reads of <paramref name="database"/>.</summary>
    Task<ReaderResult> MeasureAsync(BenchDatabase database, int warmups, int runs);
}
