namespace DataFlow;

/// <summary>Versioned-migration codes (<c>DF-MIG-…</c>): migration files, the journal and the migration lock.</summary>
public static partial class ErrorCodes
{
    /// <summary>The migrations folder does not exist.</summary>
    public const string MigrationsFolderNotFound = "DF-MIG-001";

    /// <summary>Two migration files have the same version number.</summary>
    public const string DuplicateMigrationVersion = "DF-MIG-002";

    /// <summary>An applied migration file was changed after it was applied (checksums differ).</summary>
    public const string MigrationChecksumMismatch = "DF-MIG-003";

    /// <summary>A pending file has a lower version than the highest applied one.</summary>
    public const string MigrationOutOfOrder = "DF-MIG-004";

    /// <summary>Another process held the migration lock longer than the timeout.</summary>
    public const string MigrationLockTimeout = "DF-MIG-005";

    /// <summary>A migration's SQL failed.</summary>
    public const string MigrationFailed = "DF-MIG-006";

    /// <summary>The journal holds a failed migration that must be repaired before migrating again.</summary>
    public const string FailedMigrationInJournal = "DF-MIG-007";

    /// <summary>A baseline was asked for a database whose journal already records migrations.</summary>
    public const string BaselineNotAllowed = "DF-MIG-008";

    /// <summary>The journal table holds a value DataFlow cannot read.</summary>
    public const string JournalUnreadable = "DF-MIG-009";

    /// <summary>A version given on the command line is not a whole number.</summary>
    public const string InvalidMigrationVersion = "DF-MIG-010";

    /// <summary>An applied migration's file is no longer in the migrations folder.</summary>
    public const string MigrationFileMissing = "DF-MIG-011";
}
