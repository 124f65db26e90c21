namespace DataFlow.Workflows;

/// <summary>
/// Stands in, during a first validation without a runtime catalog, for a node type only the runtime can
/// resolve: it accepts every parameter and output, so that the rest of the workflow is still checked.
/// </summary>
internal sealed class UnresolvedNode : Node
{
    public static readonly UnresolvedNode Instance = new();

    private static readonly IReadOnlyList<string> AnyOutput = ["*"];

    public override IReadOnlyList<string> Outputs => AnyOutput;

    public override bool AcceptsUndeclaredParameters => true;

    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("An unresolved node type is never run: the runtime binds the workflow to its catalog first.");
}
