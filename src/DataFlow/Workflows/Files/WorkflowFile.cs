using System.Text.Json;

namespace DataFlow.Workflows;

/// <summary>
/// Workflows written as JSON files — nodes with id, type and parameters, and connections — as run by
/// <c>dataflow run workflow.json</c>. Every error names the JSON path of the problem. Comments and trailing
/// commas are allowed. <see cref="CodeNode"/> cannot appear in a file: its body is a C# delegate.
/// </summary>
/// <example>
/// <code>
/// {
///   "nodes": [
///     { "id": "order", "type": "DataNode", "parameters": { "data": { "total": 120 } } },
///     { "id": "big", "type": "SwitchNode", "parameters": { "condition_field": "total", "operator": ">", "value": 100 } }
///   ],
///   "connections": [ { "from": "order", "output": "result", "to": "big", "input": "input_data" } ]
/// }
/// </code>
/// </example>
public static class WorkflowFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and validates the workflow file at <paramref name="path"/>, resolving node types in <paramref name="catalog"/> (default: the built-ins).</summary>
    /// <exception cref="WorkflowValidationException">The file is missing, not JSON or not a valid workflow (<c>DF-WF-016</c>), or the workflow it describes is not valid (its own <c>DF-WF</c> code, with the JSON path).</exception>
    public static async Task<Workflow> LoadAsync(string path, NodeCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFlowErrors.InvalidWorkflowFile(path, e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : $"the file cannot be read ({e.Message})", "Check the path; it is relative to the current directory.");
        }

        return Parse(json, catalog, path);
    }

    /// <summary>Parses and validates a workflow from JSON text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="WorkflowValidationException">The text is not JSON or not a valid workflow (<c>DF-WF-016</c>), or the workflow is not valid (its own <c>DF-WF</c> code, with the JSON path).</exception>
    public static Workflow Parse(string json, NodeCatalog? catalog = null, string source = "workflow")
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new WorkflowFileReader(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw DataFlowErrors.InvalidWorkflowFile(
                $"{source} at line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}",
                "the file is not valid JSON: " + e.Message.Split(" Path:")[0].TrimEnd('.'),
                "Fix the JSON syntax (comments and trailing commas are allowed).");
        }

        using (document)
        {
            var (nodes, connections) = reader.Read(document.RootElement);
            return Build(nodes, connections, catalog ?? NodeCatalog.BuiltIn, source);
        }
    }

    private static Workflow Build(List<WorkflowFileReader.FileNode> nodes, List<WorkflowFileReader.FileConnection> connections, NodeCatalog catalog, string source)
    {
        var builder = new WorkflowBuilder(catalog);
        var locations = new WorkflowFileLocations(nodes, connections);
        string? step = null;
        try
        {
            foreach (var node in nodes)
            {
                step = $"$.nodes[{node.Index}]";
                builder.AddNode(node.Type, node.Id, node.Parameters);
            }

            foreach (var connection in connections)
            {
                step = $"$.connections[{connection.Index}]";
                builder.AddConnection(connection.From, connection.Output, connection.To, connection.Input);
            }

            step = null;
            return builder.Build();
        }
        catch (WorkflowValidationException e) when (e.Code != ErrorCodes.InvalidWorkflowFile)
        {
            throw e.At($"{source} at {locations.Find(e, step)}");
        }
    }
}
