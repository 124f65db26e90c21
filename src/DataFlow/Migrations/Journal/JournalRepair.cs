namespace DataFlow.Migrations.Journal;

/// <summary>One row of <c>dataflow_migration_repairs</c>: a deliberate change to the journal made by <c>dataflow repair</c>.</summary>
/// <param name="Version">The version of the journal row repaired.</param>
/// <param name="Name">Its name.</param>
/// <param name="Action"><c>checksum_updated</c> (an applied file was edited on purpose) or <c>failed_removed</c> (a failed row was deleted).</param>
/// <param name="OldChecksum">The checksum recorded before.</param>
/// <param name="NewChecksum">The checksum recorded after (null when the row was removed).</param>
/// <param name="RepairedBy">The OS user and host.</param>
/// <param name="RepairedAt">When (UTC).</param>
/// <param name="ToolVersion">The DataFlow version that made the repair.</param>
internal sealed record JournalRepair(
    string? Version, string Name, string Action, string? OldChecksum, string? NewChecksum, string RepairedBy, DateTimeOffset RepairedAt, string ToolVersion);
