using Microsoft.Extensions.Logging;

namespace DataFlow.Workflows;

/// <summary>What a node gets when it runs: who it is, which run, its input values and a logger.</summary>
public sealed class NodeContext
{
    private readonly Action<NodeContext, long, long?, string?>? _progress;

    internal NodeContext(string nodeId, string nodeType, string runId, NodeInputs inputs, ILogger logger, Action<NodeContext, long, long?, string?>? progress = null)
    {
        _progress = progress;
        NodeId = nodeId;
        NodeType = nodeType;
        RunId = runId;
        Inputs = inputs;
        Logger = logger;
    }

    /// <summary>The node's id in the workflow.</summary>
    public string NodeId { get; }

    /// <summary>The node's type name.</summary>
    public string NodeType { get; }

    /// <summary>The id of the run, as returned with the results.</summary>
    public string RunId { get; }

    /// <summary>The node's input values by parameter name.</summary>
    public NodeInputs Inputs { get; }

    /// <summary>The runtime's logger (category <c>DataFlow.Workflows</c>).</summary>
    public ILogger Logger { get; }

    /// <summary>
    /// Reports a step of long work as a <see cref="NodeProgressKind.Progress"/> event to the runtime's
    /// <see cref="LocalRuntimeOptions.Progress"/> (nothing when none is set). Safe to call from any thread.
    /// </summary>
    /// <param name="completed">Units done so far.</param>
    /// <param name="total">Units in all, or null when unknown.</param>
    /// <param name="message">What is being done (<c>batch 3: 3000 rows updated</c>).</param>
    public void ReportProgress(long completed, long? total = null, string? message = null) => _progress?.Invoke(this, completed, total, message);
}
