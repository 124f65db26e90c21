namespace DataFlow;

/// <summary>Safety-kit errors (<c>DF-SAFE-…</c>).</summary>
internal static partial class DataFlowErrors
{
    public static DataFlowDataException SafetyRequestInvalid(string what, string fix) => new(
        ErrorCodes.SafetyRequestInvalid, what, fix);

    public static DataFlowDataException NullsRemain(string column, long count, string why) => new(
        ErrorCodes.NullsRemain,
        $"{column} still holds NULL in {count} row{(count == 1 ? string.Empty : "s")} ({why}), so it cannot become NOT NULL. Nothing past the backfill was changed.",
        "Give a default that never yields NULL (COALESCE(expression, fallback)), or fix those rows and run again: the handler resumes where it stopped.");

    public static DataFlowDataException LockNotAcquired(string statement, int attempts, TimeSpan timeout, Exception inner) => new(
        ErrorCodes.LockNotAcquired,
        $"The schema change did not get its lock within {timeout.TotalMilliseconds:0} ms in {attempts} attempts: {ClipName(statement)}",
        "Long transactions hold the table; run again when they have finished, or raise LockTimeout/LockRetries in the options (writers wait up to the lock timeout on each attempt).",
        innerException: inner);

    public static DataFlowDataException ColumnHasDependents(string column, IReadOnlyList<string> dependents) => new(
        ErrorCodes.ColumnHasDependents,
        $"{column} has {dependents.Count} dependent object{(dependents.Count == 1 ? string.Empty : "s")} without a handling: " + string.Join("; ", dependents) + ".",
        "Set ColumnRemovalOptions.Handling for each (DependentHandling.Drop or Recreate), or a DefaultHandling; nothing was changed.");

    public static DataFlowDataException NotConfirmed(string what) => new(
        ErrorCodes.NotConfirmed,
        $"{what} is destructive and was not confirmed; nothing was changed.",
        "Pass Confirm = true after reading the plan (PlanAsync, or a dry run that prints its SQL).");

    public static DataFlowDataException BackupNotFound(string backup, string why) => new(
        ErrorCodes.BackupNotFound,
        $"Backup {ClipName(backup)} cannot be restored: {why}.",
        "Restore from the ColumnBackup that RemoveAsync returned; backups are tables named dataflow_backup_<table>_<column>_<stamp>.");

    public static DataFlowDataException SafetyTableWithoutKey(string table) => new(
        ErrorCodes.SafetyTableWithoutKey,
        $"{table} has no primary key, which key-ordered batches and column backups need.",
        "Add a primary key to the table first.");
}
