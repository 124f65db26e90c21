using System.Diagnostics;
using System.Globalization;
using DataFlow.Diff;

namespace DataFlow.Bench.SchemaDiff;

/// <summary>Times <see cref="SchemaDiffer.Compare"/> on two generated schemas and prints the median.</summary>
internal sealed class DiffBenchmark(DiffBenchOptions options)
{
    public void Run()
    {
        var (from, to) = DiffBenchSchemas.Create(options.Tables);
        var columns = from.Tables.Sum(t => t.Columns.Count);
        var warmup = SchemaDiffer.Compare(from, to);
        var samples = new List<double>(options.Runs);
        for (var run = 0; run < options.Runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var diff = SchemaDiffer.Compare(from, to);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            GC.KeepAlive(diff);
        }

        samples.Sort();
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"| tables | columns | changes found | median ms | min ms | max ms | runs |"));
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(invariant,
            $"| {options.Tables:N0} | {columns:N0} | {warmup.Changes.Count:N0} | {samples[samples.Count / 2]:F1} | {samples[0]:F1} | {samples[^1]:F1} | {options.Runs} |"));
    }
}
