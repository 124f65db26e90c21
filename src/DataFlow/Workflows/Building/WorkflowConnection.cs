namespace DataFlow.Workflows;

/// <summary>
/// Data flowing from one node's output into another node's input. <see cref="Output"/> is an output name,
/// optionally followed by a dotted path into it: <c>result</c>, <c>result.records</c>, <c>records.0.id</c>.
/// </summary>
/// <param name="FromNode">The id of the node whose output is read.</param>
/// <param name="Output">The output name or dotted path.</param>
/// <param name="ToNode">The id of the node that receives the value.</param>
/// <param name="Input">The parameter of <paramref name="ToNode"/> the value goes into.</param>
public sealed record WorkflowConnection(string FromNode, string Output, string ToNode, string Input)
{
    /// <inheritdoc />
    public override string ToString() => $"{FromNode}.{Output} → {ToNode}.{Input}";
}
