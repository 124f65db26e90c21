namespace DataFlow.Safety;

/// <content>Undoing a plan.</content>
public sealed partial class NotNullColumnHandler
{
    /// <summary>
    /// Undoes what <see cref="ExecuteAsync"/> did for <paramref name="plan"/>, completed or interrupted: a column the plan
    /// added is dropped (with its values); an existing column loses the helper check and NOT NULL again (its default too
    /// when the plan set one). Values backfilled into an existing column stay: which rows were NULL before is not known.
    /// </summary>
    /// <returns>The statements run (empty when there was nothing to undo).</returns>
    /// <exception cref="DataFlowException"><c>DF-MODEL-005</c> in existing-schema mode; <c>DF-SAFE-003</c> when a lock is not acquired.</exception>
    public async Task<IReadOnlyList<string>> RollbackAsync(NotNullPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _db.SchemaChanges.EnsureAllowed("rolling back NOT NULL on " + plan.Table + "." + plan.Request.Column, plan.Table);
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var ddl = new SafeDdl(_db, session, _options.LockTimeout, _options.LockRetries);
        var table = await RequireTableAsync(session, plan.Table, cancellationToken);
        var column = table.FindColumn(plan.Request.Column);
        if (column is null)
        {
            return [];
        }

        var t = session.Dialect.TableName(table);
        var c = session.Dialect.Quote(column.Name);
        var purpose = "rolling back NOT NULL on " + plan.Table + "." + column.Name;
        var sqlite = session.Dialect.Name == "sqlite";
        if (plan.AddsColumn)
        {
            await ddl.RunAsync($"ALTER TABLE {t} DROP COLUMN {c}", purpose, cancellationToken);
            return [.. ddl.Statements];
        }

        if (sqlite)
        {
            if (!column.IsNullable)
            {
                await RebuildAsync(table.Name, column.Name, nullable: true, NotNullSql.ColumnDefault(plan.Request, sqlite: true) is null ? column.Default : null, cancellationToken);
                return ["-- safe table rebuild of " + t + ": " + c + " nullable"];
            }

            return [];
        }

        if (await CheckStateAsync(session, table, column.Name, cancellationToken) is not null)
        {
            await ddl.RunAsync($"ALTER TABLE {t} DROP CONSTRAINT {session.Dialect.Quote(NotNullSql.CheckName(column.Name))}", purpose, cancellationToken);
        }

        if (!column.IsNullable)
        {
            await ddl.RunAsync($"ALTER TABLE {t} ALTER COLUMN {c} DROP NOT NULL", purpose, cancellationToken);
        }

        if (plan.Steps.Any(s => s.Kind == NotNullStepKind.SetDefault) && column.Default is not null)
        {
            await ddl.RunAsync($"ALTER TABLE {t} ALTER COLUMN {c} DROP DEFAULT", purpose, cancellationToken);
        }

        return [.. ddl.Statements];
    }
}
