using System.Data.Common;
using DataFlow.Data;
using DataFlow.Migrations.Ddl;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <content>Restoring a removed column from its backup.</content>
public sealed partial class ColumnRemovalManager
{
    /// <summary>
    /// Puts a removed column back: adds it (nullable), copies its values from the column backup (else the snapshot) by
    /// key, restores its default and NOT NULL, then creates the dropped dependents again from their saved definitions
    /// (indexes, constraints, generated columns, views, triggers, policies). On SQLite the table is rebuilt to its saved
    /// definition, which brings back its constraints, generated columns and indexes; views and triggers follow.
    /// Rows inserted after the removal get the default (or NULL, which a NOT NULL column refuses with <c>DF-SAFE-002</c>).
    /// </summary>
    /// <returns>The statements run.</returns>
    /// <exception cref="DataFlowException"><c>DF-SAFE-006</c> when there is no backup table or the column exists; <c>DF-MODEL-005</c> in existing-schema mode.</exception>
    public async Task<IReadOnlyList<string>> RestoreAsync(ColumnBackup backup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(backup);
        var what = $"restoring column {backup.Table}.{backup.Column.Name}";
        _db.SchemaChanges.EnsureAllowed(what, backup.ColumnTable ?? backup.SnapshotTable ?? backup.Table);
        var source = backup.ColumnTable ?? backup.SnapshotTable ?? throw DataFlowErrors.BackupNotFound(backup.Table + "." + backup.Column.Name, "the removal took no backup");
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var dialect = session.Dialect;
        var table = await NotNullColumnHandler.RequireTableAsync(session, backup.Table, cancellationToken);
        if (table.FindColumn(backup.Column.Name) is not null)
        {
            throw DataFlowErrors.BackupNotFound(source, $"{backup.Table} has a column {backup.Column.Name} again");
        }

        var from = dialect.TableName(table with { Name = source });
        await RequireBackupAsync(session, from, source, cancellationToken);
        var t = dialect.TableName(table);
        var c = dialect.Quote(backup.Column.Name);
        var match = string.Join(" AND ", backup.Key.Select(k => $"{t}.{dialect.Quote(k)} = b.{dialect.Quote(k)}"));
        var ddl = new SafeDdl(_db, session, TimeSpan.FromMilliseconds(500), 20);
        await ddl.RunAsync($"ALTER TABLE {t} ADD COLUMN {c} {backup.Column.RawType}", what, cancellationToken);
        await using (var copy = session.Command($"UPDATE {t} SET {c} = b.{c} FROM {from} AS b WHERE {match}", []))
        {
            await copy.ExecuteNonQueryAsync(cancellationToken);
        }

        if (dialect.Name == "sqlite")
        {
            var rebuilt = await RebuildBackAsync(backup, cancellationToken);
            var objects = backup.Dependents.Where(d => d.Kind is DependentKind.View or DependentKind.Trigger).Select(d => d.CreateSql.Trim().TrimEnd(';')).ToList();
            await ddl.RunAllAsync(objects, what, cancellationToken);
            return [.. ddl.Statements.Take(1), .. rebuilt, .. objects];
        }

        if (backup.Column.Default is { } columnDefault)
        {
            await ddl.RunAsync($"ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT {columnDefault}", what, cancellationToken);
        }

        if (!backup.Column.IsNullable)
        {
            var handler = new NotNullColumnHandler(_db);
            var result = await handler.ExecuteAsync(await handler.PlanAsync(new NotNullColumnRequest { Table = backup.Table, Column = backup.Column.Name }, cancellationToken), null, cancellationToken);
            foreach (var statement in result.Statements)
            {
                ddl.Record(statement);
            }
        }

        await ddl.RunAllAsync([.. backup.Dependents.OrderBy(d => RestoreOrder(d.Kind)).Select(d => d.CreateSql)], what, cancellationToken);
        return ddl.Statements;
    }

    private static int RestoreOrder(DependentKind kind) => kind switch
    {
        DependentKind.Index => 0,
        DependentKind.Unique or DependentKind.Check or DependentKind.ForeignKey or DependentKind.ReferencedBy => 1,
        DependentKind.GeneratedColumn => 2,
        DependentKind.View or DependentKind.MaterializedView => 3,
        _ => 4,
    };

    private static async Task RequireBackupAsync(DataSession session, string from, string name, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = session.Command("SELECT COUNT(*) FROM " + from, []);
            await probe.ExecuteScalarAsync(cancellationToken);
        }
        catch (DbException e) when (session.Dialect.IsMissingTable(e))
        {
            throw DataFlowErrors.BackupNotFound(name, "the backup table does not exist");
        }
    }

    /// <summary>SQLite: rebuilds the table (and the tables that referenced the column) back to their saved definitions.</summary>
    private async Task<IReadOnlyList<string>> RebuildBackAsync(ColumnBackup backup, CancellationToken cancellationToken)
    {
        var schema = await _db.DiscoverSchemaAsync(cancellationToken: cancellationToken);
        var statements = new List<string>();
        foreach (var original in new[] { backup.SqliteTable! }.Concat(backup.SqliteReferencingTables))
        {
            statements.AddRange(await SqliteTableRebuild.ExecuteAsync(_db, schema.FindTable(original.Name)!, original, cancellationToken: cancellationToken));
        }

        return statements;
    }
}
