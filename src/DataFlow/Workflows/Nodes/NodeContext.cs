using Microsoft.Extensions.Logging;

namespace DataFlow.Workflows;

/// <summary>What a node gets when it runs: who it is, which run, its input values and a logger.</summary>
public sealed class NodeContext
{
    internal NodeContext(string nodeId, string nodeType, string runId, NodeInputs inputs, ILogger logger)
    {
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
}
