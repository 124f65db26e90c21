namespace DataFlow.Workflows;

/// <summary>Maps a workflow error back to the JSON path, in the file, of the node, parameter or connection it names.</summary>
internal sealed class WorkflowFileLocations(List<WorkflowFileReader.FileNode> nodes, List<WorkflowFileReader.FileConnection> connections)
{
    /// <summary>The JSON path for <paramref name="error"/>; <paramref name="step"/> is the entry being added when it was thrown, if any.</summary>
    public string Find(WorkflowValidationException error, string? step)
    {
        if (error.ConnectionIndex is { } index && index < connections.Count)
        {
            var connection = connections[index];
            return $"$.connections[{connection.Index}]" + error.Code switch
            {
                ErrorCodes.UnknownConnectionNode => error.NodeId == connection.From ? ".from" : ".to",
                ErrorCodes.UnknownOutput => ".output",
                ErrorCodes.UnknownInput or ErrorCodes.InputConnectedTwice => ".input",
                _ => string.Empty,
            };
        }

        if (step is not null && step.StartsWith("$.nodes", StringComparison.Ordinal))
        {
            return step + (error.Code is ErrorCodes.DuplicateNodeId or ErrorCodes.InvalidNodeId ? ".id" : ".parameters");
        }

        if (error.Code == ErrorCodes.WorkflowCycle)
        {
            return "$.connections";
        }

        var node = nodes.Find(n => n.Id == error.NodeId);
        if (node is null)
        {
            return "$";
        }

        var path = $"$.nodes[{node.Index}]";
        if (error.Code is ErrorCodes.UnknownNodeType or ErrorCodes.CodeNodeNeedsDelegate)
        {
            return path + ".type";
        }

        return error.Parameter is { } parameter && node.Parameters is { } given && given.TryGetProperty(parameter, out _)
            ? $"{path}.parameters.{parameter}"
            : path;
    }
}
