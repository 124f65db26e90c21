using System.Text.Json;

namespace DataFlow.Workflows;

/// <summary>Reads the JSON of a workflow file into nodes and connections, failing with the JSON path of the first problem.</summary>
internal sealed class WorkflowFileReader(string source)
{
    private static readonly string[] RootProperties = ["name", "description", "nodes", "connections"];
    private static readonly string[] NodeProperties = ["id", "type", "parameters"];
    private static readonly string[] ConnectionProperties = ["from", "output", "to", "input"];

    /// <summary>A node as written: its position, id, type and parameters (a JSON object, or null when absent).</summary>
    public sealed record FileNode(int Index, string Id, string Type, JsonElement? Parameters);

    /// <summary>A connection as written, with its position.</summary>
    public sealed record FileConnection(int Index, string From, string Output, string To, string Input);

    /// <exception cref="WorkflowValidationException">The document is not a valid workflow file (<c>DF-WF-016</c>).</exception>
    public (List<FileNode> Nodes, List<FileConnection> Connections) Read(JsonElement root)
    {
        CheckObject(root, "$", RootProperties, "A workflow file is an object with \"nodes\" (and \"connections\", \"name\", \"description\").");
        if (!root.TryGetProperty("nodes", out var nodes))
        {
            throw Error("$", "the property 'nodes' is missing", "List the nodes: \"nodes\": [{ \"id\": \"...\", \"type\": \"...\", \"parameters\": { } }].");
        }

        var fileNodes = new List<FileNode>();
        foreach (var (node, i) in Items(nodes, "$.nodes"))
        {
            var path = $"$.nodes[{i}]";
            CheckObject(node, path, NodeProperties, "A node is { \"id\": \"...\", \"type\": \"...\", \"parameters\": { } }.");
            JsonElement? parameters = null;
            if (node.TryGetProperty("parameters", out var given))
            {
                parameters = given.ValueKind == JsonValueKind.Object
                    ? given
                    : throw Error(path + ".parameters", $"expected an object, found {Kind(given)}", "Write parameters as an object: { \"limit\": 10 }.");
            }

            fileNodes.Add(new FileNode(i, RequiredString(node, path, "id"), RequiredString(node, path, "type"), parameters));
        }

        var fileConnections = new List<FileConnection>();
        if (root.TryGetProperty("connections", out var connections))
        {
            foreach (var (connection, i) in Items(connections, "$.connections"))
            {
                var path = $"$.connections[{i}]";
                CheckObject(connection, path, ConnectionProperties, "A connection is { \"from\": \"node\", \"output\": \"result\", \"to\": \"node\", \"input\": \"parameter\" }.");
                fileConnections.Add(new FileConnection(i, RequiredString(connection, path, "from"), RequiredString(connection, path, "output"), RequiredString(connection, path, "to"), RequiredString(connection, path, "input")));
            }
        }

        return (fileNodes, fileConnections);
    }

    /// <summary>A <c>DF-WF-016</c> error at <paramref name="path"/> in this file.</summary>
    public WorkflowValidationException Error(string path, string problem, string hint) =>
        DataFlowErrors.InvalidWorkflowFile($"{source} at {path}", problem, hint);

    private IEnumerable<(JsonElement Item, int Index)> Items(JsonElement array, string path)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, $"expected a list, found {Kind(array)}", "Write it as a JSON array: [ ... ].");
        }

        return array.EnumerateArray().Select((item, index) => (item, index));
    }

    private void CheckObject(JsonElement element, string path, string[] known, string hint)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected an object, found {Kind(element)}", hint);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var suggestion = NameSuggester.Suggest(property.Name, known);
                throw Error($"{path}.{property.Name}", $"unknown property '{property.Name}'{(suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)")}", $"Allowed here: {string.Join(", ", known)}.");
            }
        }
    }

    private string RequiredString(JsonElement element, string path, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw Error(path, $"the property '{name}' is missing", $"Every entry here needs \"{name}\".");
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Error($"{path}.{name}", $"expected a string, found {Kind(value)}", $"Write \"{name}\" as a string.");
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
