namespace DataFlow.Migrations.Journal;

/// <summary>One row of <c>dataflow_migrations</c>.</summary>
/// <param name="Id">The row id (assigned by the database; 0 before the row is written).</param>
/// <param name="Version">
/// The version: the file's number without leading zeros for <see cref="MigrationKind.Sql"/> and
/// <see cref="MigrationKind.Baseline"/> rows, the caller's version for named migrations, null for auto-migrations.
/// </param>
/// <param name="Name">The file's description (<c>add_orders</c> of <c>002_add_orders.sql</c>), the auto-migration's summary, or the named migration's name.</param>
/// <param name="Kind">What the row records.</param>
/// <param name="Checksum">SHA-256 (lowercase hex) of the normalised SQL (<see cref="MigrationChecksum"/>), or null (baseline, named).</param>
/// <param name="Status">The row's state.</param>
/// <param name="AppliedAt">When the row was written or last changed (UTC).</param>
/// <param name="Duration">How long the SQL took.</param>
/// <param name="AppliedBy">The OS user and host (<c>alice@build-7</c>), never a database credential.</param>
/// <param name="ToolVersion">The DataFlow version that wrote the row.</param>
/// <param name="Metadata">A JSON object (named migrations: version, description, breaking_change), or null.</param>
/// <param name="Error">The database's error for a failed row, or null.</param>
internal sealed record JournalEntry(
    long Id,
    string? Version,
    string Name,
    MigrationKind Kind,
    string? Checksum,
    MigrationStatus Status,
    DateTimeOffset AppliedAt,
    TimeSpan Duration,
    string AppliedBy,
    string ToolVersion,
    string? Metadata = null,
    string? Error = null)
{
    /// <summary>The version as a number for file and baseline rows, or null.</summary>
    public long? Number => Kind is MigrationKind.Sql or MigrationKind.Baseline && long.TryParse(Version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
