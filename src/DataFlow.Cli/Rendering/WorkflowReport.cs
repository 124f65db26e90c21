using DataFlow.Workflows;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// The <c>dataflow run</c> report: one line per node in execution order (status, type, duration), its outputs
/// under it — records as a table, other values as compact JSON — and a summary line with the run id.
/// </summary>
internal static class WorkflowReport
{
    /// <summary>Writes the report for <paramref name="result"/> to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, WorkflowResult result)
    {
        foreach (var node in result.Nodes)
        {
            console.Write(new Markup($"{Marker(node.Status)} [bold]{Markup.Escape(node.NodeId)}[/] [dim]{Markup.Escape(node.NodeType)}[/] {Describe(node)}"));
            console.WriteLine();
            if (result.Results.TryGetValue(node.NodeId, out var output))
            {
                foreach (var (key, value) in output)
                {
                    console.Write(new Padder(OutputValue.Render(key, value), new Padding(4, 0, 0, 0)));
                }
            }
        }

        console.WriteLine();
        console.Write(new Text($"Run {result.RunId}: {result.Summary()} ({result.Duration.TotalMilliseconds:F1} ms)"));
        console.WriteLine();
    }

    private static string Marker(NodeStatus status) => status switch
    {
        NodeStatus.Completed => "[green]●[/]",
        NodeStatus.Skipped => "[dim]○[/]",
        NodeStatus.Failed => "[red]✗[/]",
        _ => "[yellow]-[/]",
    };

    private static string Describe(NodeRun node) => node.Status switch
    {
        NodeStatus.Completed => $"completed in {node.Duration.TotalMilliseconds:F2} ms",
        NodeStatus.Failed => "[red]failed[/]" + (node.Error is null ? string.Empty : ": " + Markup.Escape(node.Error.Message)),
        _ => WorkflowResultJson.Status(node.Status),
    };
}
