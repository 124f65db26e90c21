namespace DataFlow.Workflows;

/// <summary>
/// A unit of work in a workflow. A node declares its parameters and outputs and runs asynchronously;
/// writing one is one small class. One instance serves every workflow node of its type and may run
/// concurrently, so keep per-run state in locals.
/// </summary>
/// <example>
/// <code>
/// public sealed class GreetNode : Node
/// {
///     public override IReadOnlyList&lt;NodeParameter&gt; Parameters { get; } = [new("name", ParameterType.String) { Required = true }];
///
///     public override ValueTask&lt;NodeOutput&gt; ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) =>
///         ValueTask.FromResult(NodeOutput.Result("Hello, " + context.Inputs.Get&lt;string&gt;("name")));
/// }
/// </code>
/// </example>
public abstract class Node
{
    private static readonly IReadOnlyList<string> ResultOnly = ["result"];

    /// <summary>The type name workflows use for this node (default: the class name).</summary>
    public virtual string TypeName => GetType().Name;

    /// <summary>What the node does, in one sentence.</summary>
    public virtual string Description => string.Empty;

    /// <summary>The parameters (inputs) the node declares.</summary>
    public virtual IReadOnlyList<NodeParameter> Parameters => [];

    /// <summary>The output keys the node produces (default: <c>result</c>). A name ending in <c>*</c> declares every key with that prefix.</summary>
    public virtual IReadOnlyList<string> Outputs => ResultOnly;

    /// <summary>True when parameters and inputs the node does not declare are accepted as they are (default false: they are errors).</summary>
    public virtual bool AcceptsUndeclaredParameters => false;

    /// <summary>
    /// True for routing nodes (<see cref="SwitchNode"/>): a declared output the node leaves out is a branch not
    /// taken, and nodes fed only from branches not taken are skipped. For other nodes a missing output is an error.
    /// </summary>
    public virtual bool IsConditional => false;

    /// <summary>
    /// True for ordering barriers (the transaction nodes): in a workflow, a barrier runs after every node added
    /// before it since the previous barrier, and every node added after it (up to and including the next barrier)
    /// runs after it — without connections. These implicit dependencies only order execution: they bind no input,
    /// and a node that depends only implicitly on a skipped barrier still runs. Where explicit connections already
    /// order a pair the other way (a later node feeds the barrier, or the barrier feeds an earlier node) the implicit
    /// dependency is left out; other contradictions are a validation error (<c>DF-WF-020</c>). Default false.
    /// </summary>
    public virtual bool OrdersLaterNodes => false;

    /// <summary>Runs the node on its inputs. Return synchronously completed tasks when no I/O is needed: the runtime then adds no scheduling.</summary>
    /// <param name="context">The node's id, the run id, its input values and a logger.</param>
    /// <param name="cancellationToken">Cancelled when the run is cancelled or another node failed.</param>
    public abstract ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks what the workflow gives this node beyond declared types (consistency between parameters, output
    /// names used by connections). Called once when the workflow is validated; report problems with
    /// <see cref="NodeValidationContext.Fail"/>.
    /// </summary>
    protected internal virtual void Validate(NodeValidationContext context)
    {
    }
}
