namespace DataFlow;

/// <summary>Data codes (<c>DF-DATA-…</c>): filters, records and the operations of model nodes and the Express API.</summary>
public static partial class ErrorCodes
{
    /// <summary>A field (column) named in data, a filter, <c>fields</c> or <c>order_by</c> is not a column of the model's table.</summary>
    public const string UnknownField = "DF-DATA-001";

    /// <summary>A filter uses an operator DataFlow does not know, or has a malformed shape.</summary>
    public const string InvalidFilter = "DF-DATA-002";

    /// <summary>A value has the wrong type for its column or operator (in a filter or a record).</summary>
    public const string WrongValueType = "DF-DATA-003";

    /// <summary>An operation by key was given no value, or an incomplete value, for the primary key.</summary>
    public const string MissingKey = "DF-DATA-004";

    /// <summary>A read by key found no row (and <c>raise_on_not_found</c> was true).</summary>
    public const string RecordNotFound = "DF-DATA-005";

    /// <summary>A record gives a value for a column the database computes (generated, or identity <c>ALWAYS</c>).</summary>
    public const string ColumnNotWritable = "DF-DATA-006";

    /// <summary>A bulk update or delete has an empty filter and was not <c>confirmed</c>.</summary>
    public const string UnconfirmedBulkOperation = "DF-DATA-007";

    /// <summary>The database refused a write because of a constraint (unique, foreign key, NOT NULL, CHECK).</summary>
    public const string ConstraintViolation = "DF-DATA-008";

    /// <summary>The database refused a value (bad text for a date, number out of range, ...).</summary>
    public const string InvalidValue = "DF-DATA-009";

    /// <summary>An operator is not supported by this database (<c>$contains</c> on SQLite).</summary>
    public const string OperatorNotSupported = "DF-DATA-010";

    /// <summary><c>conflict_on</c> does not name the primary key or a unique constraint or index of the table.</summary>
    public const string InvalidConflictTarget = "DF-DATA-011";

    /// <summary>An operation option is invalid (a negative limit, a malformed <c>order_by</c>, an empty record, ...).</summary>
    public const string InvalidOperationOption = "DF-DATA-012";

    /// <summary>A database command of a data operation failed for another reason.</summary>
    public const string CommandFailed = "DF-DATA-013";

    /// <summary>A transaction node found no open transaction in its run, or one already open.</summary>
    public const string TransactionState = "DF-DATA-014";
}
