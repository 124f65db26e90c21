using System.Text.Encodings.Web;
using System.Text.Json;
using DataFlow.Workflows;

namespace DataFlow.Cli.Rendering;

/// <summary>
/// The <c>dataflow run --json</c> document: <c>runId</c>, <c>status</c>, <c>durationMs</c>, <c>results</c> (each
/// completed node's output by id) and <c>nodes</c> (id, type, status, durationMs and error, in execution order).
/// </summary>
internal static class WorkflowResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document for <paramref name="result"/>.</summary>
    public static string Render(WorkflowResult result)
    {
        var document = new
        {
            runId = result.RunId,
            status = result.Status.ToString().ToLowerInvariant(),
            durationMs = Milliseconds(result.Duration),
            results = result.Results.ToDictionary(pair => pair.Key, pair => pair.Value),
            nodes = result.Nodes.Select(node => new NodeEntry(
                node.NodeId,
                node.NodeType,
                Status(node.Status),
                Milliseconds(node.Duration),
                node.Error?.Message)),
        };
        return JsonSerializer.Serialize(document, Options);
    }

    /// <summary>A status as written in JSON and the report: <c>completed</c>, <c>skipped</c>, <c>not-run</c>, ...</summary>
    public static string Status(NodeStatus status) => status == NodeStatus.NotRun ? "not-run" : status.ToString().ToLowerInvariant();

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);

    private sealed record NodeEntry(string id, string type, string status, double durationMs, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? error);
}
