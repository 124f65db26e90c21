namespace DataFlow;

/// <summary>Workflow codes (<c>DF-WF-…</c>): building, validating, loading and running workflows.</summary>
public static partial class ErrorCodes
{
    /// <summary>Two nodes of one workflow have the same id.</summary>
    public const string DuplicateNodeId = "DF-WF-001";

    /// <summary>A node id is empty, or contains whitespace or a dot.</summary>
    public const string InvalidNodeId = "DF-WF-002";

    /// <summary>A node type name is not in the catalog.</summary>
    public const string UnknownNodeType = "DF-WF-003";

    /// <summary>A connection names a node the workflow does not have.</summary>
    public const string UnknownConnectionNode = "DF-WF-004";

    /// <summary>A connection goes into an input (parameter) the target node does not declare.</summary>
    public const string UnknownInput = "DF-WF-005";

    /// <summary>A connection reads an output the source node does not declare, or its path is malformed.</summary>
    public const string UnknownOutput = "DF-WF-006";

    /// <summary>Two connections go into the same input of one node.</summary>
    public const string InputConnectedTwice = "DF-WF-007";

    /// <summary>The connections form a cycle.</summary>
    public const string WorkflowCycle = "DF-WF-008";

    /// <summary>A required parameter is neither given nor connected.</summary>
    public const string MissingRequiredParameter = "DF-WF-009";

    /// <summary>A parameter value has the wrong type (given, overridden at run time, or arriving through a connection).</summary>
    public const string WrongParameterType = "DF-WF-010";

    /// <summary>A parameter is given that the node does not declare.</summary>
    public const string UnknownParameter = "DF-WF-011";

    /// <summary>A parameter value has the right type but is not acceptable (not an allowed value, inconsistent with another).</summary>
    public const string InvalidParameterValue = "DF-WF-012";

    /// <summary>A connection's output path did not resolve in the source node's output at run time.</summary>
    public const string UnresolvedPath = "DF-WF-013";

    /// <summary>A node failed while the workflow ran.</summary>
    public const string NodeFailed = "DF-WF-014";

    /// <summary>Run-time parameters name a node the workflow does not have.</summary>
    public const string UnknownRunParameterNode = "DF-WF-015";

    /// <summary>A workflow file is not valid JSON or not a valid workflow.</summary>
    public const string InvalidWorkflowFile = "DF-WF-016";

    /// <summary>A <c>CodeNode</c> was named by type (in a file or by name): it needs a C# delegate.</summary>
    public const string CodeNodeNeedsDelegate = "DF-WF-017";

    /// <summary>A node type name is already registered in the catalog, or is a built-in name.</summary>
    public const string NodeTypeAlreadyRegistered = "DF-WF-018";

    /// <summary>A required input got no value at run time because its source was on a branch that was not taken.</summary>
    public const string MissingInputAtRunTime = "DF-WF-019";

    /// <summary>Connections contradict the implicit order of ordering barriers (transaction nodes) and nodes added before or after them.</summary>
    public const string BarrierOrderConflict = "DF-WF-020";
}
