using DataFlow.Data;
using DataFlow.Diff;
using DataFlow.Migrations;
using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Locking;
using DataFlow.Migrations.Planning;
using DataFlow.Schema;

namespace DataFlow.CodeFirst.AutoMigration;

/// <summary>
/// Brings the live tables up to the code-first models, additively (ADR 0016): the cheap check first; else discover
/// and diff; when something additive is missing, take the migration lock, discover and diff again (another process
/// may have done it), and apply the additive steps with their journal row in one transaction. Never drops, narrows,
/// changes a type or renames: those are reported as <see cref="PendingModelChange"/>s.
/// </summary>
internal sealed class AutoMigrator(DataFlowDb db, SchemaChangeExecutor executor)
{
    /// <summary>
    /// Migrates (or, with AutoMigrate off or in existing-schema mode, only checks) the models <paramref name="reading"/>
    /// reads, on the session <paramref name="prefetched"/> opened ahead when it gives one, or else on one opened meanwhile;
    /// returns the result and the table each model works against. When the models cannot be read, that error is the one
    /// thrown (as when they were read before connecting).
    /// </summary>
    public async Task<(AutoMigrationResult Result, IReadOnlyDictionary<Type, Table> Tables)> RunAsync(
        Task<ModelSet> reading, Task<DataSession?>? prefetched, CancellationToken cancellationToken)
    {
        var opening = OpenAsync(prefetched, cancellationToken);
        ModelSet models;
        try
        {
            models = await reading;
        }
        catch
        {
            await CloseAsync(opening);
            throw;
        }

        var (session, fresh) = await opening;
        return await RunAsync(models, session, fresh, cancellationToken);
    }

    private async Task<(DataSession Session, bool Fresh)> OpenAsync(Task<DataSession?>? prefetched, CancellationToken cancellationToken) =>
        prefetched is not null && await prefetched is { } session ? (session, false) : (await db.Data.OpenAsync(cancellationToken), true);

    private async Task<(AutoMigrationResult Result, IReadOnlyDictionary<Type, Table> Tables)> RunAsync(
        ModelSet models, DataSession opened, bool fresh, CancellationToken cancellationToken)
    {
        var checkOnly = executor.IsBlocked || !db.Options.AutoMigrate;
        if (await UpToDateAsync(models, opened, fresh, cancellationToken))
        {
            return (new AutoMigrationResult { UpToDate = true, ModelHash = models.Hash, ModelsFromCache = models.IsFromPersistedCache }, models.Models.ToDictionary(m => m.Type, m => m.Table));
        }

        var (live, changes) = await CompareAsync(models, cancellationToken);
        if (checkOnly)
        {
            Refuse(models, live, changes);
        }
        else if (changes.Apply.Count > 0)
        {
            var applied = await executor.WithMigrationLockAsync(db.Data, MigrationLockOptions.Default, scope => ApplyLockedAsync(scope, models, cancellationToken), cancellationToken);
            (live, changes) = await CompareAsync(models, cancellationToken);
            return (Result(models, changes, applied), EffectiveTables(models, live));
        }

        return (Result(models, changes, []), EffectiveTables(models, live));
    }

    private async Task<IReadOnlyList<string>> ApplyLockedAsync(MigrationScope scope, ModelSet models, CancellationToken cancellationToken)
    {
        var (live, changes) = await CompareAsync(models, cancellationToken);
        if (changes.Apply.Count == 0)
        {
            return [];
        }

        foreach (var (table, column) in changes.RequiredColumns)
        {
            var existing = live.FindTable(table.QualifiedName);
            if (existing is not null && await HasRowsAsync(scope.Session, existing, cancellationToken))
            {
                throw DataFlowErrors.AutoMigrateNotNullWithoutDefault(ModelOf(models, table), column.Name, table.QualifiedName);
            }
        }

        var diff = new SchemaDiff { Changes = [.. changes.Apply], NotCompared = [] };
        // The steps' own statements, in the unit's one transaction: a SQLite table rebuild (a NOT NULL column on an
        // empty table, a non-constant default) copies the rows inside it instead of framing itself with BEGIN/COMMIT.
        var statements = MigrationPlanner.Plan(live, models.Schema, diff).Steps.Where(s => s.IsEnabled).SelectMany(s => s.Statements).ToList();
        if (statements.Count == 0)
        {
            return [];
        }

        var name = "auto: " + string.Join(", ", changes.Apply.Select(c => c.Action.ToString().ToLowerInvariant() + " " + c.Kind.ToString().ToLowerInvariant() + " " + c.Path).Take(5)) + (changes.Apply.Count > 5 ? $" (+{changes.Apply.Count - 5})" : "");
        await scope.ApplyAsync(new MigrationUnit(MigrationKind.Auto, null, name, string.Join(";\n", statements) + ";\n", Metadata: models.JournalMetadata), cancellationToken);
        return statements;
    }

    private async Task<(DatabaseSchema Live, AdditiveChanges Changes)> CompareAsync(ModelSet models, CancellationToken cancellationToken)
    {
        var discovered = await db.DiscoverSchemaAsync(cancellationToken: cancellationToken);
        var names = models.TableNames;
        var enums = models.Schema.Enums.Select(e => e.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var sequences = models.Schema.Sequences.Select(s => s.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var domains = models.Schema.Domains.Select(d => d.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var live = discovered with
        {
            Tables = [.. discovered.Tables.Where(t => names.Contains(t.QualifiedName))],
            Views = [],
            Enums = [.. discovered.Enums.Where(e => enums.Contains(e.QualifiedName))],
            Sequences = [.. discovered.Sequences.Where(s => sequences.Contains(s.QualifiedName))],
            Domains = [.. discovered.Domains.Where(d => domains.Contains(d.QualifiedName))],
            Warnings = [],
        };
        var target = models.Schema with { Views = [] };
        return (live, AdditiveChanges.Split(SchemaDiffer.Compare(live, target), target));
    }

    private void Refuse(ModelSet models, DatabaseSchema live, AdditiveChanges changes)
    {
        if (executor.IsBlocked && models.Models.FirstOrDefault(m => live.FindTable(m.Table.QualifiedName) is null) is { Type: not null } missing)
        {
            throw DataFlowErrors.ModelTableNotFoundInExistingSchema(missing.Type.Name, missing.Table.QualifiedName);
        }

        var differences = changes.Apply.Select(c => "missing " + c.Kind.ToString().ToLowerInvariant() + " " + c.Path)
            .Concat(changes.Pending.Select(c => AdditiveChanges.Describe(c, "").Path + " " + AdditiveChanges.Describe(c, "").Description)).ToList();
        if (changes.Apply.Count > 0 || changes.Pending.Any(c => c.Kind == SchemaObjectKind.Column))
        {
            throw DataFlowErrors.ModelTableOutOfDate(string.Join(", ", models.Models.Select(m => m.Type.Name)), differences);
        }
    }

    private AutoMigrationResult Result(ModelSet models, AdditiveChanges changes, IReadOnlyList<string> applied)
    {
        var command = $"dataflow migrations add \"model changes\" --url {db.DisplayUrl} --models <models folder or .dll>";
        return new AutoMigrationResult
        {
            AppliedStatements = applied,
            PendingChanges = [.. changes.Pending.Select(c => AdditiveChanges.Describe(c, command))],
            ModelHash = models.Hash,
            ModelsFromCache = models.IsFromPersistedCache,
        };
    }

    /// <summary>Each model's table as it can be used now: the model's columns that exist (typed as they are), key as it is.</summary>
    private static Dictionary<Type, Table> EffectiveTables(ModelSet models, DatabaseSchema live)
    {
        var tables = new Dictionary<Type, Table>();
        foreach (var (type, table) in models.Models)
        {
            var existing = live.FindTable(table.QualifiedName);
            tables[type] = existing is null ? table : table with
            {
                Columns = [.. table.Columns.Select(c => existing.FindColumn(c.Name)).OfType<Column>()],
                PrimaryKey = existing.PrimaryKey,
            };
        }

        return tables;
    }

    // The cheap check, on the session opened ahead; a session opened ahead that fails (it may have been idle long, the
    // server restarted) is replaced once by a new one, whose failure is the one reported.
    private async Task<bool> UpToDateAsync(ModelSet models, DataSession opened, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh)
        {
            try
            {
                await using (opened)
                {
                    return await LiveColumns.UpToDateAsync(opened, models, cancellationToken);
                }
            }
            catch (Exception e) when (AutoMigrationPrefetch.IsRecoverable(e) && !cancellationToken.IsCancellationRequested)
            {
                opened = await db.Data.OpenAsync(cancellationToken);
            }
        }

        await using (opened)
        {
            return await LiveColumns.UpToDateAsync(opened, models, cancellationToken);
        }
    }

    // The connection opened beside a model reading that failed: closed; its own failure is not the one to report.
    private static async Task CloseAsync(Task<(DataSession Session, bool Fresh)> opening)
    {
        try
        {
            await (await opening).Session.DisposeAsync();
        }
        catch (Exception)
        {
            // Whatever opening or closing failed with, the models' error is the one reported (the caller rethrows it):
            // it comes first, as it did when nothing was opened before it.
        }
    }

    private static async Task<bool> HasRowsAsync(DataSession session, Table table, CancellationToken cancellationToken)
    {
        var name = table.Schema is null ? session.Dialect.Quote(table.Name) : session.Dialect.Quote(table.Schema) + "." + session.Dialect.Quote(table.Name);
        await using var command = session.Command("SELECT 1 FROM " + name + " LIMIT 1", []);
        return await command.ExecuteScalarAsync(cancellationToken) is not null and not DBNull;
    }

    private static string ModelOf(ModelSet models, Table table) =>
        models.Models.FirstOrDefault(m => m.Table.QualifiedName == table.QualifiedName).Type?.Name ?? table.Name;
}
