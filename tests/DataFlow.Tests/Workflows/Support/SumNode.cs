using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows.Support;

/// <summary>A small typed node: result = a + b (b defaults to 0).</summary>
public sealed class SumNode : Node
{
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("a", ParameterType.Integer) { Required = true, Description = "First addend." },
        new("b", ParameterType.Integer) { Default = 0L, Description = "Second addend." },
    ];

    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NodeOutput.Result(context.Inputs.Get<long>("a") + context.Inputs.Get<long>("b")));
}
