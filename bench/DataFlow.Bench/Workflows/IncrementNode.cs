using DataFlow.Workflows;

namespace DataFlow.Bench.Workflows;

/// <summary>The trivial node of the benchmark: result = value + extra + 1. <see cref="Step"/> is its whole body.</summary>
internal sealed class IncrementNode : Node
{
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("value", ParameterType.Integer) { Required = true },
        new("extra", ParameterType.Integer) { Default = 0L },
    ];

    /// <summary>The node's body, also called directly by the baseline loop.</summary>
    public static long Step(long value, long extra) => unchecked(value + extra + 1);

    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NodeOutput.Result(Step(context.Inputs.Get<long>("value"), context.Inputs.Get<long>("extra"))));
}
