namespace DataFlow;

/// <summary>Data-node codes (<c>DF-NODE-…</c>): DataBackfillNode, DataMigrationNode, ValidationNode, MonitoringNode.</summary>
public static partial class ErrorCodes
{
    /// <summary>A data node names a table the database does not have.</summary>
    public const string NodeTableNotFound = "DF-NODE-001";

    /// <summary>A data node names a column the table does not have.</summary>
    public const string NodeColumnNotFound = "DF-NODE-002";

    /// <summary>A batched data node needs a primary key to walk the table in key order, and the table has none.</summary>
    public const string NodeTableWithoutKey = "DF-NODE-003";

    /// <summary>A data node would write a column the database computes (generated, or identity ALWAYS).</summary>
    public const string NodeColumnNotWritable = "DF-NODE-004";

    /// <summary>A ValidationNode with <c>fail_on_error</c> found failed checks.</summary>
    public const string ValidationFailed = "DF-NODE-005";

    /// <summary>The database refused a statement of a data node (type mismatch, constraint, division by zero, …).</summary>
    public const string NodeStatementFailed = "DF-NODE-006";

    /// <summary>A backfill calculation reads the column it writes and was not declared idempotent, so a resumed run could apply it twice.</summary>
    public const string BackfillNotResumable = "DF-NODE-007";
}
