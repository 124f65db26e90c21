namespace DataFlow.Migrations.Journal;

/// <summary>How kinds and statuses are spelled in the journal's text columns (stable: other tools read them).</summary>
internal static class JournalText
{
    /// <summary>The stored spelling of <paramref name="kind"/>: <c>sql</c>, <c>auto</c>, <c>baseline</c>, <c>named</c>.</summary>
    public static string Of(MigrationKind kind) => kind switch
    {
        MigrationKind.Sql => "sql",
        MigrationKind.Auto => "auto",
        MigrationKind.Baseline => "baseline",
        MigrationKind.Named => "named",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The stored spelling of <paramref name="status"/>: <c>completed</c>, <c>failed</c>, <c>rolled_back</c>, <c>pending</c>.</summary>
    public static string Of(MigrationStatus status) => status switch
    {
        MigrationStatus.Completed => "completed",
        MigrationStatus.Failed => "failed",
        MigrationStatus.RolledBack => "rolled_back",
        MigrationStatus.Pending => "pending",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Reads a stored kind.</summary>
    public static MigrationKind Kind(string text) => text switch
    {
        "sql" => MigrationKind.Sql,
        "auto" => MigrationKind.Auto,
        "baseline" => MigrationKind.Baseline,
        "named" => MigrationKind.Named,
        _ => throw DataFlowErrors.JournalUnreadable($"unknown kind '{text}'"),
    };

    /// <summary>Reads a stored status.</summary>
    public static MigrationStatus Status(string text) => text switch
    {
        "completed" => MigrationStatus.Completed,
        "failed" => MigrationStatus.Failed,
        "rolled_back" => MigrationStatus.RolledBack,
        "pending" => MigrationStatus.Pending,
        _ => throw DataFlowErrors.JournalUnreadable($"unknown status '{text}'"),
    };
}
