namespace DataFlow;

/// <summary>Diff codes (<c>DF-DIFF-…</c>): comparing two schemas and confirming renames.</summary>
public static partial class ErrorCodes
{
    /// <summary>A rename is not written as <c>from=to</c> (e.g. <c>users.email=users.email_address</c>).</summary>
    public const string InvalidRename = "DF-DIFF-001";

    /// <summary>A confirmed rename names a table or column that does not exist on its side of the comparison.</summary>
    public const string RenameNotFound = "DF-DIFF-002";
}
