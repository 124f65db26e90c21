using System.Globalization;
using DataFlow.Data;
using DataFlow.Migrations.Locking;

namespace DataFlow.Migrations.Journal;

/// <summary>
/// The migration journal shared by <c>dataflow migrate</c> (SQL files), <c>AutoMigrate</c> (auto-migrations) and
/// <c>MigrationNode</c> (named migrations): the table <c>dataflow_migrations</c>, one row per applied unit, and
/// <c>dataflow_migration_repairs</c>, one row per deliberate change made by <c>dataflow repair</c>. Both tables have
/// the same columns and meaning on every dialect (text timestamps in ISO 8601 UTC, durations in milliseconds); only
/// the spelling of the auto-numbered key differs. They are created through the <see cref="SchemaChangeExecutor"/>
/// (so never in existing-schema mode), under the migration lock. Reads of a database without them see an empty journal.
/// Writes run in the session's transaction when it has one, so a journal row commits or rolls back with its SQL.
/// </summary>
internal sealed partial class MigrationJournal(IMigrationDialect dialect)
{
    /// <summary>The journal table.</summary>
    public const string TableName = "dataflow_migrations";

    /// <summary>The table of repairs.</summary>
    public const string RepairsTableName = "dataflow_migration_repairs";

    private const string Columns = "id, version, name, kind, checksum, status, applied_at, duration_ms, applied_by, tool_version, metadata, error";
    private const string RepairColumns = "version, name, action, old_checksum, new_checksum, repaired_by, repaired_at, tool_version";

    /// <summary>The statement creating the journal table on this dialect.</summary>
    public string CreateTableSql =>
        "CREATE TABLE " + TableName + " (" + dialect.IdentityColumn + ", version VARCHAR(50), name VARCHAR(255) NOT NULL, " +
        "kind VARCHAR(20) NOT NULL, checksum VARCHAR(64), status VARCHAR(20) NOT NULL, applied_at VARCHAR(40) NOT NULL, " +
        "duration_ms BIGINT NOT NULL, applied_by VARCHAR(255) NOT NULL, tool_version VARCHAR(50) NOT NULL, metadata TEXT, error TEXT)";

    /// <summary>The statement creating the repairs table on this dialect.</summary>
    public string CreateRepairsTableSql =>
        "CREATE TABLE " + RepairsTableName + " (" + dialect.IdentityColumn + ", version VARCHAR(50), name VARCHAR(255) NOT NULL, " +
        "action VARCHAR(20) NOT NULL, old_checksum VARCHAR(64), new_checksum VARCHAR(64), repaired_by VARCHAR(255) NOT NULL, " +
        "repaired_at VARCHAR(40) NOT NULL, tool_version VARCHAR(50) NOT NULL)";

    /// <summary>True when the journal table exists.</summary>
    public Task<bool> ExistsAsync(DataSession session, CancellationToken cancellationToken = default) =>
        TableExistsAsync(session, TableName, cancellationToken);

    /// <summary>
    /// Creates the journal tables that are missing, through <paramref name="executor"/> (refused in existing-schema
    /// mode). Call it holding the migration lock, so that two processes never both create them.
    /// </summary>
    /// <returns>True when a table was created.</returns>
    public async Task<bool> EnsureCreatedAsync(DataSession session, SchemaChangeExecutor executor, CancellationToken cancellationToken = default)
    {
        var created = false;
        if (!await TableExistsAsync(session, TableName, cancellationToken))
        {
            await executor.ExecuteAsync(session, CreateTableSql, "creating the migration journal " + TableName, cancellationToken);
            created = true;
        }

        if (!await TableExistsAsync(session, RepairsTableName, cancellationToken))
        {
            await executor.ExecuteAsync(session, CreateRepairsTableSql, "creating the migration repair log " + RepairsTableName, cancellationToken);
            created = true;
        }

        return created;
    }

    /// <summary>All journal rows in the order they were written (empty when the table does not exist).</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(DataSession session, CancellationToken cancellationToken = default)
    {
        if (!await TableExistsAsync(session, TableName, cancellationToken))
        {
            return [];
        }

        await using var command = session.Command("SELECT " + Columns + " FROM " + TableName + " ORDER BY id", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<JournalEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new JournalEntry(
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                JournalText.Kind(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JournalText.Status(reader.GetString(5)),
                ParseTime(reader.GetString(6)),
                TimeSpan.FromMilliseconds(Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture)),
                reader.GetString(8),
                reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return entries;
    }

    /// <summary>All repairs, oldest first (empty when the table does not exist).</summary>
    public async Task<IReadOnlyList<JournalRepair>> ReadRepairsAsync(DataSession session, CancellationToken cancellationToken = default)
    {
        if (!await TableExistsAsync(session, RepairsTableName, cancellationToken))
        {
            return [];
        }

        await using var command = session.Command("SELECT " + RepairColumns + " FROM " + RepairsTableName + " ORDER BY id", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var repairs = new List<JournalRepair>();
        while (await reader.ReadAsync(cancellationToken))
        {
            repairs.Add(new JournalRepair(
                reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), ParseTime(reader.GetString(6)), reader.GetString(7)));
        }

        return repairs;
    }

    /// <summary>The ISO 8601 text a time is stored as.</summary>
    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw DataFlowErrors.JournalUnreadable($"'{text}' is not an ISO 8601 time");

    private async Task<bool> TableExistsAsync(DataSession session, string table, CancellationToken cancellationToken)
    {
        await using var command = Command(session, dialect.TableExistsSql, table);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>A command for <paramref name="template"/> whose <c>{0}</c>, <c>{1}</c>, ... become parameters holding <paramref name="values"/>.</summary>
    private static System.Data.Common.DbCommand Command(DataSession session, string template, params object?[] values) =>
        session.Command(
            string.Format(CultureInfo.InvariantCulture, template, [.. values.Select((_, i) => session.Dialect.Placeholder(i))]),
            [.. values.Select(v => new SqlArgument(v))]);
}
