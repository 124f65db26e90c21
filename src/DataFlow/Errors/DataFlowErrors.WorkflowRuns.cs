using DataFlow.Workflows;

namespace DataFlow;

/// <summary>Errors of a running workflow: each names the node, the run id and what had run by then.</summary>
internal static partial class DataFlowErrors
{
    public static WorkflowExecutionException NodeFailed(string nodeId, string nodeType, WorkflowResult result, Exception cause) => new(
        ErrorCodes.NodeFailed,
        $"Node '{nodeId}' ({nodeType}) failed in run {result.RunId}: {cause.Message} {result.Summary()}",
        cause is DataFlowException dataFlow && dataFlow.Hint is not null
            ? dataFlow.Hint
            : "The node's own exception is the inner exception (--verbose prints it); WorkflowExecutionException.Result has every node's status.",
        nodeId,
        result,
        cause);

    public static WorkflowExecutionException UnresolvedPath(string nodeId, string connectionText, string path, string problem, WorkflowResult result) => new(
        ErrorCodes.UnresolvedPath,
        $"In run {result.RunId}, the connection {connectionText} could not read '{path}' from the source's output: {problem}. {result.Summary()}",
        "Compare the path with the source node's actual output (dataflow run --json shows it); list indexes are numbers ('records.0.id').",
        nodeId,
        result);

    public static WorkflowExecutionException WrongInputType(string nodeId, NodeParameter parameter, string connectionText, object? value, WorkflowResult result) => new(
        ErrorCodes.WrongParameterType,
        $"In run {result.RunId}, node '{nodeId}' got {ParameterTypes.Describe(value)} for its parameter '{parameter.Name}' from the connection {connectionText}, but it must be {ParameterTypes.Article(parameter.Type)}. {result.Summary()}",
        "Connect an output of the right type, or point the connection's path at the value inside it ('result.count').",
        nodeId,
        result);

    public static WorkflowExecutionException MissingInputAtRunTime(string nodeId, string parameter, WorkflowResult result) => new(
        ErrorCodes.MissingInputAtRunTime,
        $"In run {result.RunId}, node '{nodeId}' ran without its required parameter '{parameter}': the node feeding it was skipped (a branch not taken) while other inputs of '{nodeId}' arrived. {result.Summary()}",
        "Give the parameter a value in AddNode as a fallback, or feed it from a node on every branch.",
        nodeId,
        result);
}
