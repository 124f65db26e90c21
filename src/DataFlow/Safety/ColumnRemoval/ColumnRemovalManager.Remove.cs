using DataFlow.Data;
using DataFlow.Migrations.Ddl;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <content>Running a removal plan.</content>
public sealed partial class ColumnRemovalManager
{
    /// <summary>
    /// Runs <paramref name="plan"/>: backups first (each its own statement), then on PostgreSQL every drop and the column in
    /// one transaction (all or nothing, with a short lock timeout, retried), on SQLite the drops and one table rebuild; then
    /// the replacements and a check that the column is gone. A dry run returns the statements and changes nothing.
    /// </summary>
    /// <returns>The statements and the backup to restore from.</returns>
    /// <exception cref="DataFlowException">
    /// <c>DF-SAFE-005</c> without <see cref="ColumnRemovalOptions.Confirm"/>; <c>DF-SAFE-004</c> listing the dependents without a
    /// handling; <c>DF-MODEL-005</c> in existing-schema mode — in each case before anything changes.
    /// </exception>
    public async Task<ColumnRemovalResult> RemoveAsync(ColumnRemovalPlan plan, ColumnRemovalOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= new ColumnRemovalOptions();
        if (options.DryRun)
        {
            return new ColumnRemovalResult([.. plan.Steps.Select(s => s.Sql)], DryRun: true, plan.Backup);
        }

        var what = $"removing column {plan.Table}.{plan.Request.Column}";
        _db.SchemaChanges.EnsureAllowed(what, plan.Steps.First(s => s.Stage == RemovalStage.Column).Sql);
        if (!options.Confirm)
        {
            throw DataFlowErrors.NotConfirmed(what);
        }

        if (plan.Refused.Count > 0)
        {
            throw DataFlowErrors.ColumnHasDependents(plan.Table + "." + plan.Request.Column, [.. plan.Refused.Select(d => d.ToString())]);
        }

        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var ddl = new SafeDdl(_db, session, options.LockTimeout, options.LockRetries);
        foreach (var step in plan.Steps.Where(s => s.Stage == RemovalStage.Backup))
        {
            await ddl.RunAsync(step.Sql, what, cancellationToken);
        }

        var drops = plan.Steps.Where(s => s.Stage is > RemovalStage.Backup and < RemovalStage.Validation && !s.Sql.StartsWith("--", StringComparison.Ordinal)).Select(s => s.Sql).ToList();
        await ddl.RunAllAsync(drops, what, cancellationToken);
        var rebuilt = new List<string>();
        if (session.Dialect.Name == "sqlite")
        {
            rebuilt.AddRange(await RebuildWithoutAsync(plan, cancellationToken));
        }

        foreach (var replacement in plan.Steps.Where(s => s.Stage == RemovalStage.Validation && !s.Sql.StartsWith("--", StringComparison.Ordinal)))
        {
            await ddl.RunAsync(replacement.Sql, what, cancellationToken);
        }

        var table = await NotNullColumnHandler.RequireTableAsync(session, plan.Table, cancellationToken);
        if (table.FindColumn(plan.Request.Column) is not null)
        {
            throw DataFlowErrors.SafetyRequestInvalid($"{plan.Table}.{plan.Request.Column} is still there after the removal ran.", "Look at the statements in the log; run the plan again.");
        }

        return new ColumnRemovalResult([.. ddl.Statements, .. rebuilt], DryRun: false, plan.Backup);
    }

    /// <summary>SQLite: rebuilds the referencing tables without their foreign keys to the column, then the table without the column and what uses it.</summary>
    private async Task<IReadOnlyList<string>> RebuildWithoutAsync(ColumnRemovalPlan plan, CancellationToken cancellationToken)
    {
        var column = plan.Request.Column;
        var schema = await _db.DiscoverSchemaAsync(cancellationToken: cancellationToken);
        var statements = new List<string>();
        var own = schema.FindTable(plan.Table)!;
        foreach (var other in plan.Backup.SqliteReferencingTables)
        {
            var current = schema.FindTable(other.Name)!;
            var without = current with
            {
                ForeignKeys = current.ForeignKeys.Where(f => !(Same(f.PrincipalTable, own.Name) && f.PrincipalColumns.Any(c => Same(c, column)))).ToEquatableArray(),
            };
            statements.AddRange(await SqliteTableRebuild.ExecuteAsync(_db, current, without, cancellationToken: cancellationToken));
        }

        var mentions = SqliteColumnDependencies.Mentions(column);
        var generated = own.Columns.Where(c => c.Generated != GeneratedKind.None && c.GeneratedExpression is { } e && mentions.IsMatch(e)).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var target = own with
        {
            Columns = own.Columns.Where(c => !Same(c.Name, column) && !generated.Contains(c.Name)).ToEquatableArray(),
            ForeignKeys = own.ForeignKeys.Where(f => !f.Columns.Any(c => Same(c, column))).ToEquatableArray(),
            UniqueConstraints = own.UniqueConstraints.Where(u => !u.Columns.Any(c => Same(c, column))).ToEquatableArray(),
            CheckConstraints = own.CheckConstraints.Where(c => !mentions.IsMatch(c.Expression)).ToEquatableArray(),
            Indexes = own.Indexes.Where(i => !i.Keys.Any(k => Same(k.Column, column))).ToEquatableArray(),
        };
        statements.AddRange(await SqliteTableRebuild.ExecuteAsync(_db, own, target, cancellationToken: cancellationToken));
        return statements;
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
