using System.Globalization;
using System.Text;

namespace DataFlow.Bench.DataOperations;

/// <summary>The markdown report of the <c>data</c> benchmark: figures against the issue's targets, memory, every run.</summary>
internal static class DataBenchReport
{
    public static string Render(DataBenchOptions options, string machine, IReadOnlyList<DataBenchResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine("# Data operations benchmark").AppendLine();
        md.AppendLine(Invariant($"Command: `dotnet run -c Release --project bench/DataFlow.Bench -- data --rows {options.Rows} --runs {options.Runs} --reads {options.Reads} --dialects {string.Join(',', options.Dialects.Select(d => d.ToString().ToLowerInvariant()))}`"));
        md.AppendLine().AppendLine(Invariant($"Machine: {machine}; measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.")).AppendLine();
        md.AppendLine("| Operation | Engine | DataFlow | Baseline | Ratio | Target | Met |");
        md.AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var r in results)
        {
            var bulkTarget = r.Dialect == "PostgreSQL" ? 0.8 : 0.85;
            Throughput(md, $"BulkCreate {r.Rows:N0} rows (vs {r.BulkBaseline})", r.Dialect, r.Rows, r.DataFlowBulkMs, r.RawBulkMs, bulkTarget);
            Throughput(md, $"Stream {r.Rows:N0} rows into records (vs raw DbDataReader loop)", r.Dialect, r.Rows, r.DataFlowStreamMs, r.RawStreamMs, 0.8);
            Latency(md, "Read one row by key, one-node workflow, median", r.Dialect, r.WorkflowRead.MedianUs, r.RawRead.MedianUs);
            Latency(md, "Read one row by key, one-node workflow, mean", r.Dialect, r.WorkflowRead.MeanUs, r.RawRead.MeanUs);
        }

        md.AppendLine().AppendLine("## Memory while streaming").AppendLine();
        md.AppendLine("Managed heap (`GC.GetTotalMemory(false)`) and working set after a full collection, and their highest sample (every 10,000 rows).").AppendLine();
        md.AppendLine("| Engine | Read | Heap at start → peak (MB) | Working set at start → peak (MB) |");
        md.AppendLine("|---|---|---|---|");
        foreach (var r in results)
        {
            Memory(md, r.Dialect, "DataFlow `StreamAsync`", r.DataFlowStreamMemory);
            Memory(md, r.Dialect, "raw data reader loop", r.RawStreamMemory);
            Memory(md, r.Dialect, Invariant($"buffered `ListAsync(limit: null)` ({r.BufferedListMs:F0} ms), for contrast"), r.BufferedListMemory);
        }

        md.AppendLine().AppendLine("## Every run").AppendLine();
        md.AppendLine("| Engine | Measurement | Runs |").AppendLine("|---|---|---|");
        foreach (var r in results)
        {
            Runs(md, r.Dialect, "BulkCreate, DataFlow (ms)", r.DataFlowBulkMs);
            Runs(md, r.Dialect, "BulkCreate, baseline (ms)", r.RawBulkMs);
            Runs(md, r.Dialect, "Stream, DataFlow (ms)", r.DataFlowStreamMs);
            Runs(md, r.Dialect, "Stream, baseline (ms)", r.RawStreamMs);
            md.AppendLine(Invariant($"| {r.Dialect} | Read by key, µs mean / median / p95 ({r.RawRead.Count:N0} reads each) | raw {Stats(r.RawRead)}; workflow {Stats(r.WorkflowRead)}; `Express.ReadAsync` {Stats(r.ExpressRead)} |"));
        }

        return md.ToString();
    }

    private static void Throughput(StringBuilder md, string operation, string dialect, int rows, IReadOnlyList<double> dataFlowMs, IReadOnlyList<double> rawMs, double target)
    {
        var (mine, theirs) = (RunTimer.Median(dataFlowMs), RunTimer.Median(rawMs));
        var ratio = theirs / mine;
        md.AppendLine(Invariant($"| {operation} | {dialect} | {rows / mine * 1000:N0} rows/s ({mine / 1000:F2} s) | {rows / theirs * 1000:N0} rows/s ({theirs / 1000:F2} s) | {ratio:F2}× rows/s | ≥ {target:F2}× | {(ratio >= target ? "yes" : "**no**")} |"));
    }

    private static void Latency(StringBuilder md, string operation, string dialect, double mineUs, double theirsUs)
    {
        var ratio = mineUs / theirsUs;
        md.AppendLine(Invariant($"| {operation} | {dialect} | {mineUs:F1} µs | {theirsUs:F1} µs | {ratio:F2}× time | ≤ 1.50× | {(ratio <= 1.5 ? "yes" : "**no**")} |"));
    }

    private static void Memory(StringBuilder md, string dialect, string read, MemoryPeak peak) =>
        md.AppendLine(Invariant($"| {dialect} | {read} | {Mb(peak.StartHeap)} → {Mb(peak.PeakHeap)} | {Mb(peak.StartWorkingSet)} → {Mb(peak.PeakWorkingSet)} |"));

    private static void Runs(StringBuilder md, string dialect, string what, IReadOnlyList<double> ms) =>
        md.AppendLine(Invariant($"| {dialect} | {what} | {string.Join(", ", ms.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))} |"));

    private static string Stats(ReadStats s) => Invariant($"{s.MeanUs:F1} / {s.MedianUs:F1} / {s.P95Us:F1}");

    private static string Mb(long bytes) => Invariant($"{bytes / 1048576.0:F1}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
