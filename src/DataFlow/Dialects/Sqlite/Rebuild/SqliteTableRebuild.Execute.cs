using System.Data.Common;
using DataFlow.Data;
using DataFlow.Schema;

namespace DataFlow.Migrations.Ddl;

/// <content>Running the rebuild on a live database, with the views and triggers read from <c>sqlite_master</c>.</content>
public static partial class SqliteTableRebuild
{
    /// <summary>
    /// Rebuilds <paramref name="from"/> into <paramref name="to"/> on the SQLite database of <paramref name="db"/>:
    /// foreign keys off (outside the transaction), then in one transaction the statements of <see cref="Render"/> with
    /// the table's triggers and every view that mentions the table (read from <c>sqlite_master</c>, unless
    /// <paramref name="options"/> lists them), then foreign keys back to what they were. Every statement goes through the
    /// guarded schema-change executor (refused in existing-schema mode). On failure nothing is changed.
    /// </summary>
    /// <returns>The statements run inside the transaction.</returns>
    /// <exception cref="DataFlowException"><c>DF-PLAN-006</c> when a statement or the foreign key check fails; <c>DF-MODEL-005</c> in existing-schema mode.</exception>
    public static async Task<IReadOnlyList<string>> ExecuteAsync(
        DataFlowDb db, Table from, Table to, SqliteRebuildOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        await using var session = await db.Data.OpenAsync(cancellationToken);
        options ??= SqliteRebuildOptions.Default;
        if (options.Views.Count == 0 && options.Triggers.Count == 0)
        {
            options = options with
            {
                Views = await ReadViewsAsync(session.Connection, from.Name, cancellationToken),
                Triggers = await ReadTriggersAsync(session.Connection, from.Name, cancellationToken),
            };
        }

        var statements = Render(from, to, options);
        var purpose = $"rebuilding the SQLite table {from.Name}";
        var foreignKeysWereOn = await ScalarAsync(session.Connection, "PRAGMA foreign_keys", cancellationToken) == "1";
        await db.SchemaChanges.ExecuteAsync(session, "PRAGMA foreign_keys = OFF", purpose, cancellationToken);
        try
        {
            await db.SchemaChanges.ExecuteInTransactionAsync(session, statements, purpose, cancellationToken);
        }
        catch (DbException exception)
        {
            throw DataFlowErrors.RebuildFailed(from.Name, exception.Message, exception);
        }
        finally
        {
            if (foreignKeysWereOn)
            {
                await db.SchemaChanges.ExecuteAsync(session, "PRAGMA foreign_keys = ON", purpose, CancellationToken.None);
            }
        }

        return statements;
    }

    /// <summary>
    /// The <c>CREATE TRIGGER</c> statements of every table of the SQLite database of <paramref name="db"/>, by table name
    /// (for <see cref="Planning.MigrationPlannerOptions.SqliteTriggers"/>). Read-only.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadTriggersAsync(DataFlowDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var session = await db.Data.OpenAsync(cancellationToken);
        await using var command = session.Connection.CreateCommand();
        command.CommandText = "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY rowid";
        var triggers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!triggers.TryGetValue(reader.GetString(0), out var list))
            {
                triggers[reader.GetString(0)] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return triggers.ToDictionary(t => t.Key, t => (IReadOnlyList<string>)t.Value, StringComparer.OrdinalIgnoreCase);
    }

    internal static async Task<IReadOnlyList<SqliteDependentView>> ReadViewsAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        (await ReadPairsAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'view' AND instr(lower(sql), lower($table)) > 0 ORDER BY rowid", table, cancellationToken))
        .Select(row => new SqliteDependentView(row.Name, row.Sql))
        .ToList();

    internal static async Task<IReadOnlyList<string>> ReadTriggersAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        (await ReadPairsAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $table COLLATE NOCASE ORDER BY rowid", table, cancellationToken))
        .Select(row => row.Sql)
        .ToList();

    /// <summary>Runs a <c>sqlite_master</c> query with the parameter <c>$table</c>; returns its (name, sql) rows.</summary>
    private static async Task<List<(string Name, string Sql)>> ReadPairsAsync(DbConnection connection, string query, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
