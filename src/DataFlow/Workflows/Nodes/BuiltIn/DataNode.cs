namespace DataFlow.Workflows;

/// <summary>
/// Emits the value of its <c>data</c> parameter as <c>result</c>: constants, test inputs, or the values a
/// workflow file starts from (override them with run-time parameters or <c>--param node.data=...</c>).
/// </summary>
public sealed class DataNode : Node
{
    /// <inheritdoc />
    public override string Description => "Emits the value of 'data' as 'result'.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("data", ParameterType.Any) { Required = true, Description = "The value to emit: any JSON-like value, records included." },
    ];

    /// <inheritdoc />
    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(NodeOutput.Result(context.Inputs["data"]));
    }
}
