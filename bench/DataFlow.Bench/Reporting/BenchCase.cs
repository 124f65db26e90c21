using DataFlow.Bench.Databases;
using DataFlow.Bench.Readers;

namespace DataFlow.Bench.Reporting;

/// <summary>One size on one dialect: the generated database and both tools' results on it.</summary>
internal sealed record BenchCase(BenchDatabase Database, ReaderResult DataFlow, ReaderResult EfCore)
{
    public int Tables => Database.Expected.Tables;

    /// <summary>How many times faster DataFlow is than EF Core (EF Core median ÷ DataFlow median).</summary>
    public double? Speedup => DataFlow.IsMeasured && EfCore.IsMeasured ? EfCore.MedianMs / DataFlow.MedianMs : null;
}
