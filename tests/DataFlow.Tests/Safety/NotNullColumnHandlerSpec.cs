using DataFlow.Migrations.Risk;
using DataFlow.Safety;
using DataFlow.Workflows;

namespace DataFlow.Tests.Safety;

/// <summary>NotNullColumnHandler on both dialects: each strategy on a table with NULLs, interruption and resumption, rollback, refusals.</summary>
public abstract class NotNullColumnHandlerSpec : SafetySpec
{
    private async Task ItemsAsync(string table, int rows)
    {
        await ExecuteAsync($"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (id integer PRIMARY KEY, qty integer, note varchar(20), seen timestamp)");
        for (var i = 1; i <= rows; i += 25)
        {
            var values = Enumerable.Range(i, Math.Min(25, rows - i + 1))
                .Select(n => $"({n}, {n}, {(n % 3 == 0 ? "NULL" : $"'n{n}'")}, {(n % 4 == 0 ? "NULL" : "'2020-01-02 03:04:05'")})");
            await ExecuteAsync($"INSERT INTO {table} (id, qty, note, seen) VALUES " + string.Join(", ", values));
        }
    }

    [Fact]
    public async Task A_new_column_with_a_static_default_is_one_statement_and_every_row_gets_the_value()
    {
        await ItemsAsync("static_items", 30);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db);

        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "static_items", Column = "status", Type = "varchar(10)", Default = NotNullDefault.Static("new") });
        var result = await handler.ExecuteAsync(plan);

        Assert.Equal(NotNullStrategy.SingleStatement, plan.Strategy);
        var step = Assert.Single(plan.Steps);
        Assert.Equal("ALTER TABLE \"static_items\" ADD COLUMN \"status\" varchar(10) NOT NULL DEFAULT 'new'", step.Sql.Replace("\"public\".", "", StringComparison.Ordinal));
        Assert.Single(result.Statements);
        Assert.Equal(30, await CountAsync("SELECT COUNT(*) FROM static_items WHERE status = 'new'"));
        Assert.False(await NullableAsync("static_items", "status"));
        Assert.Contains(plan.Risk.Facts, f => f is { Name: "row_count", Value: 30 });
    }

    [Fact]
    public async Task A_computed_default_is_backfilled_in_batches_validated_and_made_not_null()
    {
        await ItemsAsync("computed_items", 55);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db, new NotNullOptions { BatchSize = 10 });
        var progress = new Sink<NotNullProgress>(_ => { });

        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "computed_items", Column = "double_qty", Type = "integer", Default = NotNullDefault.Computed("qty * 2"), NewRowsDefault = 0 });
        var result = await handler.ExecuteAsync(plan, progress);

        Assert.Equal(NotNullStrategy.Backfill, plan.Strategy);
        Assert.Equal(55, plan.NullCount);
        var kinds = plan.Steps.Select(s => s.Kind).ToList();
        Assert.Equal(IsPostgres
            ? [NotNullStepKind.AddColumn, NotNullStepKind.SetDefault, NotNullStepKind.Backfill, NotNullStepKind.Validate, NotNullStepKind.AddCheck, NotNullStepKind.ValidateCheck, NotNullStepKind.SetNotNull, NotNullStepKind.DropCheck]
            : [NotNullStepKind.AddColumn, NotNullStepKind.Backfill, NotNullStepKind.Validate, NotNullStepKind.Rebuild], kinds);
        Assert.Equal(55, result.RowsBackfilled);
        Assert.Equal(6, progress.Reports.Count(r => r.Step == NotNullStepKind.Backfill && r.Message.StartsWith("batch", StringComparison.Ordinal)));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM computed_items WHERE double_qty IS NULL OR double_qty <> qty * 2"));
        Assert.False(await NullableAsync("computed_items", "double_qty"));
        if (IsPostgres)
        {
            Assert.Contains(result.Statements, s => s.EndsWith("NOT VALID", StringComparison.Ordinal));
            Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'df_nn_double_qty'"));
        }

        await ExecuteAsync("INSERT INTO computed_items (id, qty) VALUES (1000, 7)");
        Assert.Equal(0, await CountAsync("SELECT double_qty FROM computed_items WHERE id = 1000"));
    }

    [Fact]
    public async Task A_function_default_fills_only_the_nulls_of_an_existing_column()
    {
        await ItemsAsync("function_items", 40);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db, new NotNullOptions { BatchSize = 7 });

        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "function_items", Column = "seen", Default = NotNullDefault.FromFunction(DefaultFunction.CurrentTimestamp) });
        await handler.ExecuteAsync(plan);

        Assert.False(plan.AddsColumn);
        Assert.Equal(10, plan.NullCount);
        Assert.Contains(plan.Risk.Findings, f => f.Code == RiskCodes.NotNullOnColumn);
        Assert.Equal(30, await CountAsync("SELECT COUNT(*) FROM function_items WHERE seen = '2020-01-02 03:04:05'"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM function_items WHERE seen IS NULL"));
        Assert.Equal(10, await CountAsync("SELECT COUNT(*) FROM function_items WHERE seen > '2025-01-01'"));
        Assert.False(await NullableAsync("function_items", "seen"));
    }

    [Fact]
    public async Task A_static_default_on_an_existing_column_fills_the_nulls_and_keeps_the_other_values()
    {
        await ItemsAsync("note_items", 12);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db);

        await handler.ExecuteAsync(await handler.PlanAsync(new NotNullColumnRequest { Table = "note_items", Column = "note", Default = NotNullDefault.Static("none") }));

        Assert.Equal(4, await CountAsync("SELECT COUNT(*) FROM note_items WHERE note = 'none'"));
        Assert.Equal("n5", await ScalarAsync("SELECT note FROM note_items WHERE id = 5"));
        Assert.False(await NullableAsync("note_items", "note"));
    }

    [Fact]
    public async Task An_interrupted_backfill_resumes_and_every_row_ends_correct()
    {
        await ItemsAsync("resumed_items", 50);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db, new NotNullOptions { BatchSize = 10 });
        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "resumed_items", Column = "total", Type = "integer", Default = NotNullDefault.Computed("qty + 100") });
        using var cancel = new CancellationTokenSource();
        var progress = new Sink<NotNullProgress>(p =>
        {
            if (p.Step == NotNullStepKind.Backfill && p.Rows >= 20)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.ExecuteAsync(plan, progress, cancel.Token));
        Assert.Equal(20, await CountAsync("SELECT COUNT(*) FROM resumed_items WHERE total IS NOT NULL"));
        Assert.True(await NullableAsync("resumed_items", "total"));

        var result = await handler.ExecuteAsync(plan);

        Assert.Equal(30, result.RowsBackfilled);
        Assert.True(result.StepsSkipped >= 1);
        Assert.DoesNotContain(result.Statements, s => s.Contains("ADD COLUMN", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM resumed_items WHERE total IS NULL OR total <> qty + 100"));
        Assert.False(await NullableAsync("resumed_items", "total"));
    }

    [Fact]
    public async Task Rollback_drops_an_added_column_and_makes_an_existing_one_nullable_again()
    {
        await ItemsAsync("rollback_items", 15);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db);
        var added = await handler.PlanAsync(new NotNullColumnRequest { Table = "rollback_items", Column = "score", Type = "integer", Default = NotNullDefault.Computed("qty") });
        var existing = await handler.PlanAsync(new NotNullColumnRequest { Table = "rollback_items", Column = "note", Default = NotNullDefault.Static("x") });
        await handler.ExecuteAsync(added);
        await handler.ExecuteAsync(existing);
        Assert.False(await NullableAsync("rollback_items", "score"));

        var dropped = await handler.RollbackAsync(added);
        await handler.RollbackAsync(existing);

        Assert.Contains(dropped, s => s.Contains("DROP COLUMN", StringComparison.Ordinal));
        Assert.Null(await NullableAsync("rollback_items", "score"));
        Assert.True(await NullableAsync("rollback_items", "note"));
        Assert.Equal(15, await CountAsync("SELECT COUNT(*) FROM rollback_items"));
        await ExecuteAsync("INSERT INTO rollback_items (id, qty) VALUES (99, 1)");
        Assert.IsType<DBNull>(await ScalarAsync("SELECT note FROM rollback_items WHERE id = 99"));
    }

    [Fact]
    public async Task Nulls_without_a_default_or_a_default_that_gives_null_are_refused_and_leave_the_column_nullable()
    {
        await ItemsAsync("null_items", 9);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db);

        var noDefault = await handler.PlanAsync(new NotNullColumnRequest { Table = "null_items", Column = "note" });
        var refused = await Assert.ThrowsAsync<DataFlowDataException>(() => handler.ExecuteAsync(noDefault));
        var nullish = await handler.PlanAsync(new NotNullColumnRequest { Table = "null_items", Column = "half", Type = "integer", Default = NotNullDefault.Computed("NULLIF(qty, 3)") });
        var failed = await Assert.ThrowsAsync<DataFlowDataException>(() => handler.ExecuteAsync(nullish));

        Assert.Equal(ErrorCodes.NullsRemain, refused.Code);
        Assert.Single(noDefault.Problems);
        Assert.Equal(ErrorCodes.NullsRemain, failed.Code);
        Assert.Contains("1 row", failed.Message, StringComparison.Ordinal);
        Assert.True(await NullableAsync("null_items", "note"));
        Assert.True(await NullableAsync("null_items", "half"));
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_DF_SAFE_001()
    {
        await ItemsAsync("bad_items", 1);
        await using var db = Db();
        var handler = new NotNullColumnHandler(db);

        var injected = await Assert.ThrowsAsync<DataFlowDataException>(() => handler.PlanAsync(new NotNullColumnRequest { Table = "bad_items", Column = "x", Type = "int; DROP TABLE bad_items", Default = NotNullDefault.Static(1) }));
        var exists = await Assert.ThrowsAsync<DataFlowDataException>(() => handler.PlanAsync(new NotNullColumnRequest { Table = "bad_items", Column = "qty", Type = "integer", Default = NotNullDefault.Static(1) }));
        var missing = await Assert.ThrowsAsync<DataFlowDataException>(() => handler.PlanAsync(new NotNullColumnRequest { Table = "bad_items", Column = "nope" }));

        Assert.All(new[] { injected, exists, missing }, e => Assert.Equal(ErrorCodes.SafetyRequestInvalid, e.Code));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM bad_items"));
    }

    [Fact]
    public async Task In_existing_schema_mode_nothing_runs_and_nothing_changes()
    {
        await ItemsAsync("locked_items", 5);
        await using var db = Db(existingSchemaMode: true);
        var handler = new NotNullColumnHandler(db);
        var plan = await handler.PlanAsync(new NotNullColumnRequest { Table = "locked_items", Column = "note", Default = NotNullDefault.Static("x") });

        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => handler.ExecuteAsync(plan));
        var rollback = await Assert.ThrowsAnyAsync<DataFlowException>(() => handler.RollbackAsync(plan));

        Assert.Equal(ErrorCodes.SchemaChangeBlocked, error.Code);
        Assert.Equal(ErrorCodes.SchemaChangeBlocked, rollback.Code);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM locked_items WHERE note IS NULL"));
        Assert.True(await NullableAsync("locked_items", "note"));
    }

    [Fact]
    public async Task The_NotNullColumnNode_plans_in_a_dry_run_then_backfills_and_sets_not_null_in_a_workflow()
    {
        await ItemsAsync("node_items", 40);
        await using var db = Db();
        object Parameters(bool dryRun) => new { table = "node_items", column_name = "qty_cents", column_type = "integer", calculation = "qty * 100", new_rows_default = 0, batch_size = 15, dry_run = dryRun };

        var (planned, _) = await new LocalRuntime(db).ExecuteAsync(new WorkflowBuilder(db).AddNode("NotNullColumnNode", "plan", Parameters(dryRun: true)).Build());
        Assert.Equal("backfill", planned["plan"]["strategy"]);
        Assert.Equal(0L, planned["plan"]["rows_backfilled"]);
        Assert.Equal(0, await CountAsync(IsPostgres
            ? "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'node_items' AND column_name = 'qty_cents'"
            : "SELECT COUNT(*) FROM pragma_table_info('node_items') WHERE name = 'qty_cents'"));

        var (applied, _) = await new LocalRuntime(db).ExecuteAsync(new WorkflowBuilder(db).AddNode("NotNullColumnNode", "apply", Parameters(dryRun: false)).Build());
        Assert.Equal(40L, applied["apply"]["rows_backfilled"]);
        Assert.NotEmpty((IEnumerable<string>)applied["apply"]["sql"]!);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM node_items WHERE qty_cents IS NULL OR qty_cents <> qty * 100"));
        Assert.False(await NullableAsync("node_items", "qty_cents"));
    }
}
