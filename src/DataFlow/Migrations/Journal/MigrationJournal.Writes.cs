using DataFlow.Data;

namespace DataFlow.Migrations.Journal;

/// <summary>Writes to the journal: new rows, status changes, named migrations and repairs.</summary>
internal sealed partial class MigrationJournal
{
    private const string InsertSql =
        "INSERT INTO " + TableName + " (version, name, kind, checksum, status, applied_at, duration_ms, applied_by, tool_version, metadata, error) " +
        "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})";

    /// <summary>Writes <paramref name="entry"/> (its <see cref="JournalEntry.Id"/> is ignored) in the session's transaction, if any.</summary>
    public async Task AddAsync(DataSession session, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            session, InsertSql, entry.Version, entry.Name, JournalText.Of(entry.Kind), entry.Checksum, JournalText.Of(entry.Status),
            FormatTime(entry.AppliedAt), (long)entry.Duration.TotalMilliseconds, entry.AppliedBy, entry.ToolVersion, entry.Metadata, entry.Error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The latest row of the named migration <paramref name="name"/> (<see cref="MigrationKind.Named"/>), or null.</summary>
    public async Task<JournalEntry?> FindNamedAsync(DataSession session, string name, CancellationToken cancellationToken = default) =>
        (await ReadAsync(session, cancellationToken)).LastOrDefault(e => e.Kind == MigrationKind.Named && e.Name == name);

    /// <summary>
    /// Records the status of the named migration <paramref name="name"/>: updates its row (status, metadata, time,
    /// actor, error) or inserts one. For <c>MigrationNode</c>; the journal table must exist (<see cref="EnsureCreatedAsync"/>).
    /// </summary>
    /// <param name="session">The session (and transaction) to write on.</param>
    /// <param name="name">The migration's name, unique among named migrations.</param>
    /// <param name="version">Its version (from the metadata), or null.</param>
    /// <param name="status">The new status.</param>
    /// <param name="metadataJson">A JSON object (version, description, breaking_change), or null.</param>
    /// <param name="error">Why it failed, or null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task RecordNamedAsync(DataSession session, string name, string? version, MigrationStatus status, string? metadataJson, string? error = null, CancellationToken cancellationToken = default)
    {
        var actor = MigrationActor.Current;
        var existing = await FindNamedAsync(session, name, cancellationToken);
        if (existing is null)
        {
            await AddAsync(session, new JournalEntry(0, version, name, MigrationKind.Named, null, status, DateTimeOffset.UtcNow, TimeSpan.Zero, actor.AppliedBy, actor.ToolVersion, metadataJson, error), cancellationToken);
            return;
        }

        await using var command = Command(
            session,
            "UPDATE " + TableName + " SET version = {0}, status = {1}, metadata = {2}, error = {3}, applied_at = {4}, applied_by = {5}, tool_version = {6} WHERE id = {7}",
            version, JournalText.Of(status), metadataJson, error, FormatTime(DateTimeOffset.UtcNow), actor.AppliedBy, actor.ToolVersion, existing.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Accepts a deliberate edit of an applied file: sets the row's checksum and logs the repair.</summary>
    public async Task RepairChecksumAsync(DataSession session, JournalEntry entry, string newChecksum, CancellationToken cancellationToken = default)
    {
        await using (var command = Command(session, "UPDATE " + TableName + " SET checksum = {0} WHERE id = {1}", newChecksum, entry.Id))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AddRepairAsync(session, entry, "checksum_updated", newChecksum, cancellationToken);
    }

    /// <summary>Deletes a failed row (after its partial changes were cleaned up by hand) and logs the repair.</summary>
    public async Task RemoveFailedAsync(DataSession session, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        await using (var command = Command(session, "DELETE FROM " + TableName + " WHERE id = {0} AND status = {1}", entry.Id, JournalText.Of(MigrationStatus.Failed)))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AddRepairAsync(session, entry, "failed_removed", null, cancellationToken);
    }

    private async Task AddRepairAsync(DataSession session, JournalEntry entry, string action, string? newChecksum, CancellationToken cancellationToken)
    {
        var actor = MigrationActor.Current;
        await using var command = Command(
            session,
            "INSERT INTO " + RepairsTableName + " (" + RepairColumns + ") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})",
            entry.Version, entry.Name, action, entry.Checksum, newChecksum, actor.AppliedBy, FormatTime(DateTimeOffset.UtcNow), actor.ToolVersion);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
