using DataFlow.Data;
using DataFlow.Migrations.Journal;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// The cheap check behind a repeat run: one catalog query for the column names of the model tables (and whether the
/// journal exists) and one journal query for a completed auto-migration of the same model hash. No schema discovery,
/// no lock, no DDL.
/// </summary>
internal static class LiveColumns
{
    // Each row also says whether the journal table exists, which saves a round trip of its own.
    private static readonly string PostgresQuery =
        "SELECT n.nspname || '.' || c.relname || '.' || a.attname, to_regclass('" + MigrationJournal.TableName + "') IS NOT NULL FROM pg_catalog.pg_attribute a " +
        "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
        "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND c.relname = ANY(string_to_array($1, chr(31)))";

    // The table names travel as one text parameter split on the server: an array parameter would make Npgsql build its
    // array type mappings (~250 JIT-compiled methods in a fresh process) for this one query. A name holding the
    // separator (U+001F) is split wrongly, so its columns are not found and the full comparison runs: never a wrong
    // "up to date".
    private const char NameSeparator = '\u001f';

    private static readonly string SqliteQuery =
        "SELECT m.name || '.' || p.name, EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + MigrationJournal.TableName + "') " +
        "FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";

    /// <summary>True when every model column exists and the journal records an auto-migration of these models.</summary>
    public static Task<bool> UpToDateAsync(DataSession session, ModelSet models, CancellationToken cancellationToken) =>
        UpToDateAsync(session, [.. models.Models.Select(m => m.Table)], models.Hash, cancellationToken);

    /// <summary>
    /// True when every column of <paramref name="tables"/> exists and the journal records an auto-migration of the models
    /// whose hash is <paramref name="modelHash"/> (all the check depends on: equal hashes, equal answers).
    /// </summary>
    public static async Task<bool> UpToDateAsync(DataSession session, IReadOnlyList<Table> tables, string modelHash, CancellationToken cancellationToken)
    {
        var (existing, journalExists) = await ColumnPathsAsync(session, tables, cancellationToken);
        var complete = tables.All(t => t.Columns.All(c => existing.Contains(t.QualifiedName + "." + c.Name)));
        return complete && journalExists && await JournalRecordsAsync(session, ModelSet.JournalMetadataOf(modelHash), cancellationToken);
    }

    private static async Task<(HashSet<string> Paths, bool JournalExists)> ColumnPathsAsync(DataSession session, IReadOnlyList<Table> tables, CancellationToken cancellationToken)
    {
        var postgres = session.Dialect.Name == "postgresql";
        IReadOnlyList<SqlArgument> arguments = postgres ? [new SqlArgument(string.Join(NameSeparator, tables.Select(t => t.Name).Distinct()))] : [];
        await using var command = session.Command(postgres ? PostgresQuery : SqliteQuery, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var journalExists = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            paths.Add(reader.GetString(0));
            journalExists = Convert.ToBoolean(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return (paths, journalExists);
    }

    private static async Task<bool> JournalRecordsAsync(DataSession session, string metadata, CancellationToken cancellationToken)
    {
        var sql = "SELECT count(*) FROM " + MigrationJournal.TableName + " WHERE kind = 'auto' AND status = 'completed' AND metadata = " + session.Dialect.Placeholder(0);
        await using var command = session.Command(sql, [new SqlArgument(metadata)]);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
