using System.Diagnostics;
using DataFlow.Data;
using DataFlow.Migrations.Ddl;
using DataFlow.Schema;

namespace DataFlow.Safety;

/// <content>Executing a plan, step by step, each step skipped when the database shows it done.</content>
public sealed partial class NotNullColumnHandler
{
    /// <summary>
    /// Executes <paramref name="plan"/>. Each step first looks at the database and is skipped when already done (column
    /// present, check present or validated, column NOT NULL), and the backfill only touches rows still NULL — so after an
    /// interruption (cancellation, a lost connection) calling this again with the same plan finishes the work. NULLs that
    /// writers insert during the backfill are filled by up to <see cref="NotNullOptions.BackfillPasses"/> passes.
    /// </summary>
    /// <exception cref="DataFlowException">
    /// <c>DF-MODEL-005</c> in existing-schema mode (nothing changed); <c>DF-SAFE-002</c> when the plan has problems or NULLs are
    /// left; <c>DF-SAFE-003</c> when a lock is not acquired after every retry.
    /// </exception>
    public async Task<NotNullResult> ExecuteAsync(NotNullPlan plan, IProgress<NotNullProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _db.SchemaChanges.EnsureAllowed("making " + plan.Table + "." + plan.Request.Column + " NOT NULL", plan.Steps.FirstOrDefault()?.Sql ?? plan.Table);
        if (plan.Problems.Count > 0)
        {
            throw DataFlowErrors.NullsRemain(plan.Table + "." + plan.Request.Column, plan.NullCount, string.Join("; ", plan.Problems));
        }

        var clock = Stopwatch.StartNew();
        await using var session = await _db.Data.OpenAsync(cancellationToken);
        var ddl = new SafeDdl(_db, session, _options.LockTimeout, _options.LockRetries);
        long rows = 0;
        var skipped = 0;
        var purpose = $"making {plan.Table}.{plan.Request.Column} NOT NULL";
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            var table = await RequireTableAsync(session, plan.Table, cancellationToken);
            var column = table.FindColumn(plan.Request.Column);
            if (await IsDoneAsync(session, table, column, step, cancellationToken))
            {
                skipped++;
                progress?.Report(new(step.Kind, i, plan.Steps.Count, rows, step.Description + ": already done"));
                continue;
            }

            progress?.Report(new(step.Kind, i, plan.Steps.Count, rows, step.Description));
            switch (step.Kind)
            {
                case NotNullStepKind.Backfill:
                    rows += await BackfillAsync(session, table, column!, plan, i, rows, progress, cancellationToken);
                    break;
                case NotNullStepKind.Validate:
                    rows += await ValidateAsync(session, table, column!, plan, i, rows, progress, cancellationToken);
                    break;
                case NotNullStepKind.Rebuild:
                    await RebuildAsync(table.Name, column!.Name, nullable: false, NotNullSql.ColumnDefault(plan.Request, sqlite: true) ?? column.Default, cancellationToken);
                    break;
                default:
                    await ddl.RunAsync(step.Sql, purpose, cancellationToken);
                    break;
            }
        }

        return new NotNullResult([.. ddl.Statements], rows, skipped, ddl.Retries, clock.Elapsed);
    }

    private async Task<bool> IsDoneAsync(DataSession session, Table table, Column? column, NotNullStep step, CancellationToken cancellationToken) => step.Kind switch
    {
        NotNullStepKind.AddColumn => column is not null,
        NotNullStepKind.SetNotNull or NotNullStepKind.Rebuild or NotNullStepKind.Backfill or NotNullStepKind.Validate => column is { IsNullable: false },
        NotNullStepKind.AddCheck => column is { IsNullable: false } || await CheckStateAsync(session, table, column!.Name, cancellationToken) is not null,
        NotNullStepKind.ValidateCheck => await CheckStateAsync(session, table, column!.Name, cancellationToken) is null or true,
        NotNullStepKind.DropCheck => await CheckStateAsync(session, table, column!.Name, cancellationToken) is null,
        _ => false,
    };

    private async Task<long> BackfillAsync(DataSession session, Table table, Column column, NotNullPlan plan, int index, long before, IProgress<NotNullProgress>? progress, CancellationToken cancellationToken)
    {
        if (table.PrimaryKey is null)
        {
            throw DataFlowErrors.SafetyTableWithoutKey(table.QualifiedName);
        }

        var backfill = new NullBackfill(session, table, column, plan.Request.Default!);
        return await backfill.RunAsync(_options.BatchSize,
            (batches, rows) => progress?.Report(new(NotNullStepKind.Backfill, index, plan.Steps.Count, before + rows, $"batch {batches}: {before + rows} rows filled")),
            cancellationToken);
    }

    private async Task<long> ValidateAsync(DataSession session, Table table, Column column, NotNullPlan plan, int index, long before, IProgress<NotNullProgress>? progress, CancellationToken cancellationToken)
    {
        long filled = 0;
        for (var pass = 1; ; pass++)
        {
            var nulls = await CountAsync(session, table, column.Name, cancellationToken);
            if (nulls == 0)
            {
                return filled;
            }

            if (plan.Request.Default is null || pass > _options.BackfillPasses)
            {
                var why = plan.Request.Default is null ? "no default to fill them" : $"the default gave NULL or writers kept inserting NULL after {pass - 1} more passes";
                throw DataFlowErrors.NullsRemain(table.QualifiedName + "." + column.Name, nulls, why);
            }

            filled += await BackfillAsync(session, table, column, plan, index, before + filled, progress, cancellationToken);
        }
    }

    /// <summary>SQLite: the safe table rebuild with <paramref name="column"/> NOT NULL (or nullable again) and <paramref name="columnDefault"/> as its default.</summary>
    private async Task RebuildAsync(string tableName, string column, bool nullable, string? columnDefault, CancellationToken cancellationToken)
    {
        var schema = await _db.DiscoverSchemaAsync(new Discovery.SchemaDiscoveryOptions { IncludeTables = [tableName] }, cancellationToken);
        var current = schema.FindTable(tableName) ?? throw DataFlowErrors.SafetyRequestInvalid($"'{tableName}' disappeared during the change.", "Run again.");
        var rebuilt = current with
        {
            Columns = current.Columns.Select(c => c.Name == column ? c with { IsNullable = nullable, Default = columnDefault } : c).ToEquatableArray(),
        };
        await SqliteTableRebuild.ExecuteAsync(_db, current, rebuilt, cancellationToken: cancellationToken);
    }

    /// <summary>PostgreSQL: null when the helper check of <paramref name="column"/> is absent, else whether it is validated.</summary>
    private static async Task<bool?> CheckStateAsync(DataSession session, Table table, string column, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder(session.Dialect).Append("SELECT convalidated FROM pg_constraint WHERE conrelid = ")
            .Argument(new SqlArgument(session.Dialect.TableName(table))).Append("::regclass AND conname = ")
            .Argument(new SqlArgument(NotNullSql.CheckName(column)));
        await using var command = session.Command(sql);
        return await command.ExecuteScalarAsync(cancellationToken) is bool validated ? validated : null;
    }
}
