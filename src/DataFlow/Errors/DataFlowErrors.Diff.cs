namespace DataFlow;

/// <summary>Diff errors (<c>DF-DIFF-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowConfigurationException InvalidRename(string text) => new(
        ErrorCodes.InvalidRename,
        $"The rename '{text}' is not written as FROM=TO.",
        "Write a column rename as table.column=table.new_column (e.g. --rename users.email=users.email_address) and a table rename as table=new_table.");

    public static DataFlowConfigurationException RenameNotFound(string path, string side) => new(
        ErrorCodes.RenameNotFound,
        $"The rename names '{path}', which is neither a table nor a table.column of the {side} schema.",
        "Use the names the diff reports (schema.table.column on PostgreSQL); the left side is in --from, the right side in --to.");
}
