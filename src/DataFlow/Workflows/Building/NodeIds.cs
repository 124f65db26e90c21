namespace DataFlow.Workflows;

/// <summary>The rule for node ids: not empty, no whitespace, no dots (a dot separates node and parameter in <c>--param</c>).</summary>
internal static class NodeIds
{
    /// <summary>Throws <c>DF-WF-002</c> when <paramref name="nodeId"/> breaks the rule.</summary>
    public static void Check(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        string? problem = nodeId.Length == 0 ? "it is empty" : null;
        foreach (var c in nodeId)
        {
            problem ??= char.IsWhiteSpace(c) ? "it contains whitespace" : c == '.' ? "it contains a dot" : null;
        }

        if (problem is not null)
        {
            throw DataFlowErrors.InvalidNodeId(nodeId, problem);
        }
    }
}
