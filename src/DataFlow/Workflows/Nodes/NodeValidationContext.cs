using System.Diagnostics.CodeAnalysis;

namespace DataFlow.Workflows;

/// <summary>What a workflow gives one node, for <see cref="Node.Validate"/>: its given parameters, its connected inputs and the outputs other nodes read.</summary>
public sealed class NodeValidationContext
{
    private readonly IReadOnlyCollection<string> _connectedInputs;

    internal NodeValidationContext(string nodeId, IReadOnlyDictionary<string, object?> parameters, IReadOnlyCollection<string> connectedInputs, IReadOnlyList<string> outputsRead)
    {
        NodeId = nodeId;
        Parameters = parameters;
        _connectedInputs = connectedInputs;
        OutputsRead = outputsRead;
    }

    /// <summary>The node's id in the workflow.</summary>
    public string NodeId { get; }

    /// <summary>The parameters given when the node was added (not defaults, not connected values).</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>The output names (first path segment) that connections read from this node.</summary>
    public IReadOnlyList<string> OutputsRead { get; }

    /// <summary>True when a connection feeds <paramref name="input"/>.</summary>
    public bool IsConnected(string input) => _connectedInputs.Contains(input);

    /// <summary>True when <paramref name="parameter"/> is given or connected.</summary>
    public bool IsProvided(string parameter) => Parameters.ContainsKey(parameter) || IsConnected(parameter);

    /// <summary>Rejects the workflow: throws a <c>DF-WF-012</c> error naming this node and <paramref name="parameter"/>.</summary>
    [DoesNotReturn]
    public void Fail(string parameter, string problem, string hint) =>
        throw DataFlowErrors.InvalidParameterValue(NodeId, parameter, problem, hint);
}
