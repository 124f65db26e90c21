namespace DataFlow;

/// <summary>Schema-node errors (<c>DF-SCHEMA-…</c>, <c>DF-RISK-…</c>). Each names the node and the parameter at fault.</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowConfigurationException SchemaColumnType(string nodeId, string type, string dialect, string why) => new(
        ErrorCodes.SchemaColumnType,
        $"Node '{nodeId}': column_type '{ClipName(type)}' cannot be used on {dialect}: {why}.",
        "Use one of: " + string.Join(", ", Nodes.SchemaChanges.ColumnTypes.Known) + " (with (n) or (p,s) where they take a size).");

    public static DataFlowConfigurationException SchemaDataLossNotConfirmed(string nodeId, string what) => new(
        ErrorCodes.SchemaDataLossNotConfirmed,
        $"Node '{nodeId}': {what}, and data loss was not confirmed.",
        "Pass confirm_data_loss: true once you have a backup or know the values are not needed (check the node's risk output, or run dataflow plan first).");

    public static DataFlowConfigurationException SchemaOperationParameter(string nodeId, string operation, string parameter, string problem) => new(
        ErrorCodes.SchemaOperationParameter,
        $"Node '{nodeId}': operation {operation} {problem}.",
        "See docs/schema-nodes.md#schemamodificationnode for the parameters of each operation.");

    public static DataFlowConfigurationException SchemaNotInTransaction(string nodeId, string what) => new(
        ErrorCodes.SchemaNotInTransaction,
        $"Node '{nodeId}': {what} cannot run inside the workflow's transaction.",
        "Run this node outside the TransactionScopeNode (in its own workflow, or before the scope opens).");

    public static DataFlowConfigurationException SchemaObjectNotFound(string nodeId, string parameter, string what) => new(
        ErrorCodes.SchemaObjectNotFound,
        $"Node '{nodeId}': {what}.",
        "Check the name (" + parameter + ") with dataflow discover.");

    public static DataFlowDataException SchemaStatementFailed(string nodeId, string operation, string message, Exception inner) => new(
        ErrorCodes.SchemaStatementFailed,
        $"Node '{nodeId}': the database refused {operation}: {message} Nothing was changed.",
        "Check the risk output's facts (NULL and duplicate counts, values too long); fix the data first (DataBackfillNode), then run the node again.",
        innerException: inner);

    public static DataFlowConfigurationException MigrationNodeParameter(string nodeId, string parameter, string problem) => new(
        ErrorCodes.MigrationNodeParameter,
        $"Node '{nodeId}': {parameter} {problem}.",
        "status is pending, completed, failed or rolled_back; action is track (default), check_status or check_rollback_needed; metadata is an object.");

    public static DataFlowConfigurationException RiskLevelName(string name) => new(
        ErrorCodes.RiskLevelName,
        $"'{ClipName(name)}' is not a risk level.",
        "Use LOW, MEDIUM, HIGH or CRITICAL.");
}
