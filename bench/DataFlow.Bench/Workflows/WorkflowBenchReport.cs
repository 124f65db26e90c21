using System.Globalization;
using System.Text;

namespace DataFlow.Bench.Workflows;

/// <summary>Renders the workflow benchmark as markdown.</summary>
internal static class WorkflowBenchReport
{
    public static string Render((Measurement Run, Measurement Direct) single, IReadOnlyList<WorkflowCase> cases, string environment, WorkflowBenchOptions options)
    {
        var md = new StringBuilder();
        md.AppendLine("# Workflow engine benchmark: results").AppendLine();
        md.AppendLine(Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `DataFlow.Bench workflows`; {environment}."));
        md.AppendLine(Invariant($"Each figure is the median of {options.Runs} samples of at least {options.SampleMs:F0} ms (short operations repeat within a sample), after {options.WarmupMs:F0} ms of warm-up; allocation is per operation, on the running thread.")).AppendLine();

        md.AppendLine("## One trivial node, run repeatedly").AppendLine();
        md.AppendLine("| Operation | Median µs | Best µs | Allocated bytes |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine(Invariant($"| `ExecuteAsync` of a built one-node workflow | {single.Run.MedianMs * 1000:F2} | {single.Run.BestMs * 1000:F2} | {single.Run.AllocatedBytes:N0} |"));
        md.AppendLine(Invariant($"| the node's body called directly | {single.Direct.MedianMs * 1000:F4} | {single.Direct.BestMs * 1000:F4} | {single.Direct.AllocatedBytes:N0} |"));
        md.AppendLine().AppendLine("## Workflows of trivial nodes: build + validate + run").AppendLine();
        md.AppendLine("Build = `AddNode`/`AddConnection` for every node and connection, then `Build()` (validation and execution plan). Run = `ExecuteAsync` of the built workflow. Total = both in one operation (measured as such, not summed), repeated back to back; Total cold = one such operation after a full garbage collection, as a program that builds a workflow once sees it. Direct = the same node bodies called in a loop with the same data flow. Overhead per node = (Total or Run − Direct) ÷ nodes. Build, Run and Total are separate measurements: on a shared machine Build can come out above Total.").AppendLine();
        md.AppendLine("| Shape | Nodes | Connections | Build ms | Run ms | Total ms | Total cold ms | Direct ms | Overhead µs/node (total) | Overhead µs/node (cold total) | Overhead µs/node (run) | Run bytes/node |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in cases)
        {
            md.AppendLine(Invariant($"| {c.Shape} | {c.Nodes:N0} | {c.Connections:N0} | {Ms(c.Build)} | {Ms(c.Run)} | {Ms(c.Total)} | {Ms(c.TotalColdMs)} | {c.Direct.MedianMs:F4} | {c.OverheadPerNodeUs:F2} | {c.ColdOverheadPerNodeUs:F2} | {c.RunOverheadPerNodeUs:F2} | {c.Run.AllocatedBytes / c.Nodes:N0} |"));
        }

        md.AppendLine().AppendLine("## Growth").AppendLine();
        md.AppendLine("Scaling exponent between consecutive sizes: log(t₂/t₁) ÷ log(n₂/n₁); 1.0 is linear.").AppendLine();
        md.AppendLine("| Shape | Sizes | Total | Total cold | Run |");
        md.AppendLine("|---|---|---:|---:|---:|");
        foreach (var group in cases.GroupBy(c => c.Shape))
        {
            foreach (var (small, large) in group.Zip(group.Skip(1)))
            {
                double Exponent(double t1, double t2) => Math.Log(t2 / t1) / Math.Log((double)large.Nodes / small.Nodes);
                md.AppendLine(Invariant($"| {group.Key} | {small.Nodes:N0} → {large.Nodes:N0} | {Exponent(small.Total.MedianMs, large.Total.MedianMs):F2} | {Exponent(small.TotalColdMs, large.TotalColdMs):F2} | {Exponent(small.Run.MedianMs, large.Run.MedianMs):F2} |"));
            }
        }

        return md.ToString();
    }

    private static string Ms(Measurement m) => Ms(m.MedianMs);

    private static string Ms(double ms) => ms < 1 ? Invariant($"{ms:F4}") : Invariant($"{ms:F2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
