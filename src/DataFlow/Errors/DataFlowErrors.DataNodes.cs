namespace DataFlow;

/// <summary>Data-node errors (<c>DF-NODE-…</c>). Each names the node and the parameter at fault.</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowDataException NodeTableNotFound(string nodeId, string parameter, string table, string? suggestion) => new(
        ErrorCodes.NodeTableNotFound,
        $"Node '{nodeId}': {parameter} '{ClipName(table)}' is not a table of the database (or this user cannot see it).{DidYouMean(suggestion)}",
        "Check the name with dataflow discover; PostgreSQL tables outside the search path are named schema.table.", parameter);

    public static DataFlowDataException NodeColumnNotFound(string nodeId, string parameter, string column, string table, IEnumerable<string> columns, string? suggestion) => new(
        ErrorCodes.NodeColumnNotFound,
        $"Node '{nodeId}': {parameter} '{ClipName(column)}' is not a column of {table}.{DidYouMean(suggestion)}",
        "Columns: " + string.Join(", ", columns) + ". Names must match the database exactly.", parameter);

    public static DataFlowDataException NodeTableWithoutKey(string nodeId, string table) => new(
        ErrorCodes.NodeTableWithoutKey,
        $"Node '{nodeId}': {table} has no primary key, so it cannot be walked in key-ordered batches.",
        "Add a primary key to the table (batches are key ranges, which is what makes them short and resumable).", "table");

    public static DataFlowDataException NodeColumnNotWritable(string nodeId, string parameter, string column, string reason) => new(
        ErrorCodes.NodeColumnNotWritable,
        $"Node '{nodeId}': {parameter} '{column}' is {reason}; the database computes its value.",
        "Write into an ordinary column.", parameter);

    public static DataFlowDataException ValidationFailed(string nodeId, IReadOnlyList<string> failures) => new(
        ErrorCodes.ValidationFailed,
        $"Node '{nodeId}': {failures.Count} validation check{(failures.Count == 1 ? string.Empty : "s")} failed: " + string.Join("; ", failures) + ".",
        "Fix the data or the schema, or set fail_on_error: false to get passed: false and the details as outputs instead.");

    public static DataFlowDataException NodeStatementFailed(string nodeId, string what, Exception inner) => new(
        ErrorCodes.NodeStatementFailed,
        $"Node '{nodeId}': the database refused {what}: {inner.Message}",
        "Check the expression's types against the target column (a cast the database cannot do, a value out of range, a division by zero) and the table's constraints.",
        innerException: inner);

    public static DataFlowDataException BackfillNotResumable(string nodeId, string column) => new(
        ErrorCodes.BackfillNotResumable,
        $"Node '{nodeId}': the calculation reads '{column}', the column it writes, so a resumed run could apply it twice to the same row.",
        "Write into a new column (add, backfill, then switch over), or pass idempotent: true when applying the calculation twice gives the same value (LOWER(email), COALESCE(x, 0)).",
        "calculation");
}
