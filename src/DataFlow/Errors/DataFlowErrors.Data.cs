namespace DataFlow;

/// <summary>Data errors (<c>DF-DATA-…</c>). Paths are written <c>filter.$or[1].age.$gt</c>.</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowDataException UnknownField(string model, string path, string field, IEnumerable<string> columns) => new(
        ErrorCodes.UnknownField,
        $"{At(path)}'{Clip(field)}' is not a column of {model}.",
        "Columns: " + string.Join(", ", columns) + ". Names are case-sensitive and must match the database exactly.", path);

    public static DataFlowDataException InvalidFilter(string path, string problem, string hint) => new(
        ErrorCodes.InvalidFilter, $"{At(path)}{problem}.", hint, path);

    public static DataFlowDataException UnknownOperator(string path, string op) => new(
        ErrorCodes.InvalidFilter,
        $"{At(path)}'{Clip(op)}' is not a filter operator.",
        "Operators: $eq $ne $gt $gte $lt $lte $in $nin $like $ilike $regex $exists $null $not $and $or $contains. A key without '$' names a column.", path);

    public static DataFlowDataException WrongValueType(string path, string column, string expected, string actual) => new(
        ErrorCodes.WrongValueType,
        $"{At(path)}column '{Clip(column)}' needs {expected}, not {actual}.",
        "Pass a value of the column's type; text is accepted for dates, times, UUIDs, enums and JSON and parsed by the database.", path);

    public static DataFlowDataException WrongOperandType(string path, string op, string expected, string actual) => new(
        ErrorCodes.WrongValueType, $"{At(path)}{op} needs {expected}, not {actual}.", "See the filter syntax in docs/models.md.", path);

    public static DataFlowDataException MissingKey(string model, IEnumerable<string> keyColumns, string problem) => new(
        ErrorCodes.MissingKey,
        $"{model}: {problem}.",
        $"Give the primary key ({string.Join(", ", keyColumns)}) as parameters, or as 'key': {{ column: value }}; a single-column key may also be given as 'id'.");

    public static DataFlowDataException RecordNotFound(string model, string key) => new(
        ErrorCodes.RecordNotFound,
        $"{model} has no row with {key}.",
        "Check the key, or pass raise_on_not_found: false to get found: false instead of an error.");

    public static DataFlowDataException ColumnNotWritable(string path, string column, string reason) => new(
        ErrorCodes.ColumnNotWritable,
        $"{At(path)}column '{column}' is {reason}; the database computes its value.",
        "Leave the column out: the stored row (with the computed value) is returned.", path);

    public static DataFlowDataException UnconfirmedBulkOperation(string model, string operation) => new(
        ErrorCodes.UnconfirmedBulkOperation,
        $"{operation} on {model} has an empty filter, which would affect every row.",
        "Give a filter, or pass confirmed: true to really change every row.", "filter");

    public static DataFlowDataException ConstraintViolation(string model, string detail, Exception inner) => new(
        ErrorCodes.ConstraintViolation,
        $"The database refused the write to {model}: {detail}.",
        "Check the values against the table's keys and constraints; for duplicates use conflict_resolution 'skip' or 'update', or an upsert.",
        innerException: inner);

    public static DataFlowDataException InvalidValue(string model, string detail, Exception inner) => new(
        ErrorCodes.InvalidValue,
        $"The database refused a value for {model}: {detail}.",
        "Check the value's format (ISO 8601 for dates and times) and range against the column type.",
        innerException: inner);

    public static DataFlowDataException OperatorNotSupported(string path, string op, string dialect, string hint) => new(
        ErrorCodes.OperatorNotSupported, $"{At(path)}{op} is not supported on {dialect}.", hint, path);

    public static DataFlowDataException InvalidConflictTarget(string model, IEnumerable<string> columns, IEnumerable<string> candidates) => new(
        ErrorCodes.InvalidConflictTarget,
        $"conflict_on ({string.Join(", ", columns)}) is neither the primary key nor a unique constraint or index of {model}.",
        "Unique column sets of this table: " + Or(candidates, "none") + ".", "conflict_on");

    public static DataFlowDataException InvalidOperationOption(string option, string problem, string hint) => new(
        ErrorCodes.InvalidOperationOption, $"{At(option)}{problem}.", hint, option);

    public static DataFlowDataException CommandFailed(string model, string operation, string detail, Exception inner) => new(
        ErrorCodes.CommandFailed,
        $"{operation} on {model} failed: {detail}.",
        "The database's own error is the inner exception.",
        innerException: inner);

    public static DataFlowDataException TransactionState(string runId, string problem) => new(
        ErrorCodes.TransactionState,
        $"Run {runId}: {problem}.",
        "Put one TransactionScopeNode first and connect the model nodes after it; commit or roll back with TransactionCommitNode / TransactionRollbackNode.");

    private static string At(string? path) => string.IsNullOrEmpty(path) ? string.Empty : path + ": ";

    private static string Clip(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private static string Or(IEnumerable<string> items, string none)
    {
        var list = items.ToList();
        return list.Count == 0 ? none : string.Join("; ", list);
    }
}
