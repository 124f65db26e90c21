namespace DataFlow.Workflows;

/// <summary>
/// A node whose body is a C# delegate: it receives the node's inputs and returns the value emitted as
/// <c>result</c> — the counterpart of the seeds' <c>PythonCodeNode</c>, without evaluating code strings.
/// Add it with <see cref="WorkflowBuilder.AddNode(Node, string, object?)"/>; it cannot come from a file.
/// </summary>
/// <example>
/// <code>
/// workflow.AddNode(new CodeNode(inputs => new { message = "Migration already applied" }), "skip_migration");
/// workflow.AddNode(new CodeNode(async (inputs, ct) => await LoadAsync(inputs.Get&lt;long&gt;("id"), ct)), "load");
/// </code>
/// </example>
public sealed class CodeNode : Node
{
    private readonly Func<NodeInputs, CancellationToken, ValueTask<object?>> _body;
    private readonly IReadOnlyList<NodeParameter>? _parameters;

    /// <summary>A node running <paramref name="body"/> synchronously.</summary>
    /// <param name="body">Receives the inputs, returns the result.</param>
    /// <param name="parameters">Declared parameters; when null every given or connected input is accepted as is.</param>
    public CodeNode(Func<NodeInputs, object?> body, IReadOnlyList<NodeParameter>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = (inputs, _) => ValueTask.FromResult(body(inputs));
        _parameters = parameters;
    }

    /// <summary>A node running the asynchronous <paramref name="body"/>.</summary>
    /// <param name="body">Receives the inputs and the run's cancellation token, returns the result.</param>
    /// <param name="parameters">Declared parameters; when null every given or connected input is accepted as is.</param>
    public CodeNode(Func<NodeInputs, CancellationToken, Task<object?>> body, IReadOnlyList<NodeParameter>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = (inputs, cancellationToken) => new ValueTask<object?>(body(inputs, cancellationToken));
        _parameters = parameters;
    }

    /// <inheritdoc />
    public override string TypeName => NodeCatalog.CodeNodeName;

    /// <inheritdoc />
    public override string Description => "Runs a C# delegate on its inputs and emits what it returns as 'result'.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters => _parameters ?? [];

    /// <inheritdoc />
    public override bool AcceptsUndeclaredParameters => _parameters is null;

    /// <inheritdoc />
    public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return NodeOutput.Result(await _body(context.Inputs, cancellationToken));
    }
}
