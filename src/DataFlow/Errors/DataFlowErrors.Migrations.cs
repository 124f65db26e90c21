using System.Globalization;

namespace DataFlow;

/// <summary>Versioned-migration errors (<c>DF-MIG-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowConfigurationException MigrationsFolderNotFound(string folder) => new(
        ErrorCodes.MigrationsFolderNotFound,
        $"The migrations folder '{folder}' does not exist.",
        "Pass --dir with the folder holding the NNN_name.sql files (default: db_migrations in the current directory).");

    public static DataFlowConfigurationException DuplicateMigrationVersion(long version, string first, string second) => new(
        ErrorCodes.DuplicateMigrationVersion,
        $"The migration files '{first}' and '{second}' both have version {version}.",
        "Give every file its own number (NNN_name.sql); renumber the one that was added last.");

    public static DataFlowException MigrationChecksumMismatch(string file, string applied, string current) => new(
        ErrorCodes.MigrationChecksumMismatch,
        $"The migration file '{file}' was changed after it was applied: journal checksum {applied}, file checksum {current}.",
        "Restore the file as it was applied and put the change in a new file; if the edit is deliberate (comments, formatting), accept it with dataflow repair.");

    public static DataFlowException MigrationOutOfOrder(IEnumerable<string> files, long highestApplied) => new(
        ErrorCodes.MigrationOutOfOrder,
        $"Pending migration files have lower versions than the highest applied one ({highestApplied}): {string.Join(", ", files)}.",
        "Renumber them above the highest applied version, or apply them anyway with --allow-out-of-order.");

    public static DataFlowException MigrationLockTimeout(string url, TimeSpan timeout, string? holder) => new(
        ErrorCodes.MigrationLockTimeout,
        string.Create(CultureInfo.InvariantCulture, $"The migration lock of {url} was not released within {timeout.TotalSeconds:0.#} s; held by {holder ?? "an unknown process"}."),
        "Wait for the other migration to finish and retry, raise --lock-timeout, or end the holding process if it hangs (its lock is released when its session or process ends).");

    public static DataFlowException MigrationFailed(string label, string error, int committed, Exception inner) => new(
        ErrorCodes.MigrationFailed,
        committed == 0
            ? $"Migration {label} failed and was rolled back; nothing of it was applied or recorded: {error}"
            : string.Create(CultureInfo.InvariantCulture, $"Migration {label} (no-transaction) failed after {committed} statements committed; a failed row was recorded in the journal: {error}"),
        committed == 0
            ? "Fix the SQL in the file and run dataflow migrate again."
            : "Undo or finish the committed statements by hand, fix the file, run dataflow repair (removes the failed row), then dataflow migrate.",
        inner);

    public static DataFlowException FailedMigrationInJournal(string label) => new(
        ErrorCodes.FailedMigrationInJournal,
        $"The journal records a failed migration {label} (a no-transaction file that stopped part-way).",
        "Check what it left applied and clean up by hand, then run dataflow repair to remove the failed row and dataflow migrate to run it again.");

    public static DataFlowException BaselineNotAllowed(int rows) => new(
        ErrorCodes.BaselineNotAllowed,
        string.Create(CultureInfo.InvariantCulture, $"The database already records {rows} migrations or baselines; a baseline adopts a database that has none."),
        "Use dataflow status to see what is applied; baseline only databases that were never migrated with DataFlow.");

    public static DataFlowException JournalUnreadable(string problem) => new(
        ErrorCodes.JournalUnreadable,
        $"The migration journal dataflow_migrations cannot be read: {problem}.",
        "The table was changed by hand or by a newer DataFlow; check its rows against docs/versioned-migrations.md.");

    public static DataFlowConfigurationException InvalidMigrationVersion(string option, string text) => new(
        ErrorCodes.InvalidMigrationVersion,
        $"{option} '{text}' is not a migration version.",
        "Give the number of a migration file as a whole number (for 003_add_orders.sql: 3 or 003).");

    public static DataFlowException MigrationFileMissing(string label) => new(
        ErrorCodes.MigrationFileMissing,
        $"Migration {label} is recorded as applied but its file is not in the migrations folder.",
        "Restore the file from version control; applied migrations stay in the folder for ever.");
}
