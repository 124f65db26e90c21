using DataFlow.Workflows;

namespace DataFlow;

/// <summary>Workflow errors (<c>DF-WF-…</c>). Connections are written <c>from.output → to.input</c>.</summary>
internal static partial class DataFlowErrors
{
    public static WorkflowValidationException DuplicateNodeId(string nodeId) => new(
        ErrorCodes.DuplicateNodeId, $"The workflow already has a node with id '{nodeId}'.",
        "Give every node a unique id.", nodeId);

    public static WorkflowValidationException InvalidNodeId(string nodeId, string problem) => new(
        ErrorCodes.InvalidNodeId, $"The node id '{nodeId}' is invalid: {problem}.",
        "Use letters, digits, '_' or '-' (a dot separates node and parameter in --param node.param=value).", nodeId);

    public static WorkflowValidationException UnknownNodeType(string nodeId, string nodeType, string? suggestion) => new(
        ErrorCodes.UnknownNodeType,
        $"Node '{nodeId}' has the type '{nodeType}', which the node catalog does not know.{DidYouMean(suggestion)}",
        "Built-in types: " + string.Join(", ", NodeCatalog.BuiltIn.Names) + ". A DataFlowDb's own nodes are found when the workflow is built with new WorkflowBuilder(db) or run with new LocalRuntime(db).",
        nodeId);

    public static WorkflowValidationException CodeNodeNeedsDelegate(string nodeId) => new(
        ErrorCodes.CodeNodeNeedsDelegate,
        $"Node '{nodeId}' has the type 'CodeNode', which cannot be created by name: its body is a C# delegate, and DataFlow never evaluates code strings.",
        "Add it in C#: workflow.AddNode(new CodeNode(inputs => ...), \"" + nodeId + "\"). Workflow files can use the other built-in nodes.",
        nodeId);

    public static WorkflowValidationException UnknownConnectionNode(int connection, string connectionText, string end, string nodeId, string? suggestion) => new(
        ErrorCodes.UnknownConnectionNode,
        $"The connection {connectionText} names the {end} node '{nodeId}', which the workflow does not have.{DidYouMean(suggestion)}",
        "Add the node before connecting it, and check the spelling of its id.", nodeId, connectionIndex: connection);

    public static WorkflowValidationException UnknownInput(int connection, string connectionText, string nodeId, string nodeType, string input, IEnumerable<string> inputs, string? suggestion) => new(
        ErrorCodes.UnknownInput,
        $"The connection {connectionText} goes into the input '{input}', which node '{nodeId}' ({nodeType}) does not have.{DidYouMean(suggestion)}",
        $"Inputs of {nodeType}: {List(inputs)}.", nodeId, input, connection);

    public static WorkflowValidationException UnknownOutput(int connection, string connectionText, string nodeId, string nodeType, string output, IEnumerable<string> outputs) => new(
        ErrorCodes.UnknownOutput,
        $"The connection {connectionText} reads the output '{output}', which node '{nodeId}' ({nodeType}) does not have.",
        $"Outputs of {nodeType}: {List(outputs)}. A dotted path reads into an output: 'result.records.0.id'.", nodeId, connectionIndex: connection);

    public static WorkflowValidationException MalformedOutputPath(int connection, string connectionText, string output) => new(
        ErrorCodes.UnknownOutput,
        $"The connection {connectionText} has the output path '{output}', which is malformed (an empty output or an empty segment between dots).",
        "Write an output name, optionally followed by dotted keys or list indexes: 'result', 'result.records', 'records.0.id'.", connectionIndex: connection);

    public static WorkflowValidationException InputConnectedTwice(int connection, string connectionText, string nodeId, string input, string firstConnectionText) => new(
        ErrorCodes.InputConnectedTwice,
        $"The connection {connectionText} goes into the input '{input}' of node '{nodeId}', which {firstConnectionText} already feeds.",
        "Connect each input once; to combine values, add a node that merges them.", nodeId, input, connection);

    public static WorkflowValidationException Cycle(IReadOnlyList<string> path) => new(
        ErrorCodes.WorkflowCycle,
        $"The connections form a cycle: {string.Join(" → ", path)}.",
        "A workflow runs each node once, in dependency order; remove one of these connections.", path[0]);

    public static WorkflowValidationException BarrierOrderConflict(string barrierId, IReadOnlyList<string> path) => new(
        ErrorCodes.BarrierOrderConflict,
        $"The connections contradict the order of '{barrierId}', which runs after the nodes added before it and before the nodes added after it: {string.Join(" → ", path)}.",
        "Add the nodes in the order they must run around the transaction node, or remove the connection that goes against it.", barrierId);

    public static WorkflowValidationException MissingRequiredParameter(string nodeId, string nodeType, NodeParameter parameter) => new(
        ErrorCodes.MissingRequiredParameter,
        $"Node '{nodeId}' ({nodeType}) needs the parameter '{parameter.Name}', which is neither given nor connected.",
        $"Give it in AddNode (\"{parameter.Name}\": ...) or connect an output to it. {parameter.Name}: {Describe(parameter)}", nodeId, parameter.Name);

    public static WorkflowValidationException WrongParameterType(string nodeId, NodeParameter parameter, string origin, object? value) => new(
        ErrorCodes.WrongParameterType,
        $"The parameter '{parameter.Name}' of node '{nodeId}' {origin} is {ParameterTypes.Describe(value)}, but must be {ParameterTypes.Article(parameter.Type)}.",
        $"{parameter.Name}: {Describe(parameter)}", nodeId, parameter.Name);

    public static WorkflowValidationException UnknownParameter(string nodeId, string nodeType, string parameter, string origin, IEnumerable<string> declared, string? suggestion) => new(
        ErrorCodes.UnknownParameter,
        $"Node '{nodeId}' ({nodeType}) has no parameter '{parameter}' ({origin}).{DidYouMean(suggestion)}",
        $"Parameters of {nodeType}: {List(declared)}.", nodeId, parameter);

    public static WorkflowValidationException InvalidParameterValue(string nodeId, string parameter, string problem, string hint) => new(
        ErrorCodes.InvalidParameterValue, $"The parameter '{parameter}' of node '{nodeId}' is invalid: {problem}.", hint, nodeId, parameter);

    public static WorkflowValidationException UnknownRunParameterNode(string nodeId, string? suggestion) => new(
        ErrorCodes.UnknownRunParameterNode,
        $"The run-time parameters name the node '{nodeId}', which the workflow does not have.{DidYouMean(suggestion)}",
        "Run-time parameters are { node_id: { parameter: value } } for nodes of the workflow.", nodeId);

    public static WorkflowValidationException InvalidWorkflowFile(string location, string problem, string hint) => new(
        ErrorCodes.InvalidWorkflowFile, $"{location}: {problem}.", hint);

    public static WorkflowValidationException NodeTypeAlreadyRegistered(string name, bool builtIn) => new(
        ErrorCodes.NodeTypeAlreadyRegistered,
        builtIn ? $"'{name}' is the name of a built-in node; a catalog cannot register another node under it."
                : $"The node catalog already has a node type named '{name}'.",
        builtIn ? "Choose another name, so that a workflow naming a built-in always means the same node."
                : "Register each name once per catalog; a second DataFlowDb has its own catalog.");

    public static WorkflowValidationException BuiltInCatalogIsReadOnly(string name) => new(
        ErrorCodes.NodeTypeAlreadyRegistered,
        $"'{name}' cannot be registered in NodeCatalog.BuiltIn, which is read-only.",
        "Register custom nodes in db.Nodes or in a new NodeCatalog(), and build or run with it.");

    private static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";

    private static string List(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "none" : text;
    }

    private static string Describe(NodeParameter parameter) =>
        ParameterTypes.Article(parameter.Type) + (parameter.Description.Length == 0 ? "." : $" — {parameter.Description}");
}
