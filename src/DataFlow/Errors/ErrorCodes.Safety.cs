namespace DataFlow;

/// <summary>Safety-kit codes (<c>DF-SAFE-…</c>): NotNullColumnHandler and ColumnRemovalManager.</summary>
public static partial class ErrorCodes
{
    /// <summary>A safety-kit request is invalid: unknown table or column, a column that already exists, a type or default that cannot be used.</summary>
    public const string SafetyRequestInvalid = "DF-SAFE-001";

    /// <summary>NULLs are left in a column that must become NOT NULL (no default to fill them, or the default gives NULL).</summary>
    public const string NullsRemain = "DF-SAFE-002";

    /// <summary>A schema change did not get its lock within the lock timeout after every retry (writers kept the table busy).</summary>
    public const string LockNotAcquired = "DF-SAFE-003";

    /// <summary>A column removal was refused: objects depend on the column and the plan does not say how to handle each.</summary>
    public const string ColumnHasDependents = "DF-SAFE-004";

    /// <summary>A destructive operation (column removal) was not confirmed.</summary>
    public const string NotConfirmed = "DF-SAFE-005";

    /// <summary>A backup to restore from does not exist or does not match the column.</summary>
    public const string BackupNotFound = "DF-SAFE-006";

    /// <summary>The table has no primary key, which batches and column backups need.</summary>
    public const string SafetyTableWithoutKey = "DF-SAFE-007";
}
