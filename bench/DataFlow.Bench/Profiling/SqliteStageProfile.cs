using System.Diagnostics;
using System.Globalization;
using DataFlow.Discovery;

namespace DataFlow.Bench.Profiling;

/// <summary>
/// <c>discovery-profile --sqlite FILE --stages</c>: whole discoveries through the public API only
/// (<c>DiscoverSchemaAsync</c> with a progress receiver), timed from the stages SQLite discovery reports on its reading
/// thread: reading <c>sqlite_master</c>, parsing what is left, the rest of the catalog, building the model, and filter +
/// canonical order. Fastest, 25th percentile and median of each, so that A/B runs on a loaded machine can compare the
/// runs the other work did not interrupt. Because only the public API is called, this harness runs over any older
/// DataFlow.dll copied next to it.
/// </summary>
internal static class SqliteStageProfile
{
    private static readonly string[] Names = ["sqlite_master", "parsing", "views+pragmas", "model", "filter+order", "total"];

    public static async Task<int> RunAsync(string file, int runs, int warmups)
    {
        var url = "sqlite:///" + file;
        var samples = new List<double[]>();
        for (var run = -warmups; run < runs; run++)
        {
            var stages = new Stages();
            var started = Stopwatch.GetTimestamp();
            await using (var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = url }))
            {
                _ = await db.DiscoverSchemaAsync(new SchemaDiscoveryOptions { Progress = stages });
            }

            var ended = Stopwatch.GetTimestamp();
            if (run >= 0)
            {
                var at = stages.At;
                samples.Add([Ms(at[0], at[1]), Ms(at[1], at[2]), Ms(at[2], at[4]), Ms(at[4], at[5]), Ms(at[5], ended), Ms(started, ended)]);
            }
        }

        Console.WriteLine($"{Path.GetFileName(file)}, {runs} runs, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; ms fastest / 25th percentile / median:");
        for (var i = 0; i < Names.Length; i++)
        {
            var sorted = samples.Select(s => s[i]).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Names[i],-14} {sorted[0],6:F1} {sorted[sorted.Count / 4],6:F1} {sorted[sorted.Count / 2],6:F1}"));
        }

        return 0;
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    // When each stage began (SQLite discovery reports them synchronously, on its reading thread).
    private sealed class Stages : IProgress<DiscoveryProgress>
    {
        public long[] At { get; } = new long[8];

        public void Report(DiscoveryProgress value) => At[Math.Min(value.Completed, At.Length - 1)] = Stopwatch.GetTimestamp();
    }
}
