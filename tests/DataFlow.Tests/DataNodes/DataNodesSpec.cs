using DataFlow.Workflows;

namespace DataFlow.Tests.DataNodes;

/// <summary>
/// The data nodes written once and run on both dialects (<see cref="SqliteDataNodesTests"/>, <see cref="PostgresDataNodesTests"/>):
/// data checked before and after, each node's outputs, resumption after cancellation, and bad input.
/// </summary>
public abstract class DataNodesSpec
{
    protected abstract string Url { get; }

    protected abstract bool IsPostgres { get; }

    protected abstract Task ExecuteAsync(string sql);

    protected abstract Task<object?> ScalarAsync(string sql);

    protected async Task<DataFlowDb> OrdersAsync(int rows = 10)
    {
        var decimalType = IsPostgres ? "numeric(10,2)" : "DECIMAL(10,2)";
        await ExecuteAsync($"""
            DROP TABLE IF EXISTS order_archive; DROP TABLE IF EXISTS orders;
            CREATE TABLE orders (id integer PRIMARY KEY, subtotal {decimalType}, tax {decimalType}, shipping {decimalType},
              email varchar(100), status varchar(20), total_amount {decimalType}, email_address varchar(100));
            CREATE INDEX ix_orders_status ON orders (status);
            CREATE TABLE order_archive (id integer PRIMARY KEY, total {decimalType}, contact varchar(100));
            """);
        for (var i = 1; i <= rows; i++)
        {
            var email = i % 5 == 0 ? "NULL" : $"'User{i}@Example.com'";
            await ExecuteAsync($"INSERT INTO orders (id, subtotal, tax, shipping, email, status) VALUES ({i}, {i}.50, 1.25, {(i % 3 == 0 ? "NULL" : "2")}, {email}, '{(i % 2 == 0 ? "open" : "paid")}')");
        }

        return new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url, ExistingSchemaMode = true });
    }

    protected static async Task<NodeOutput> RunAsync(DataFlowDb db, string nodeType, object parameters, LocalRuntimeOptions? options = null, CancellationToken cancellationToken = default)
    {
        var workflow = new WorkflowBuilder(db).AddNode(nodeType, "node", parameters).Build();
        var (results, _) = await new LocalRuntime(db, options).ExecuteAsync(workflow, cancellationToken);
        return results["node"];
    }

    protected static async Task<DataFlowException> FailsAsync(DataFlowDb db, string nodeType, object parameters)
    {
        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => RunAsync(db, nodeType, parameters));
        return error is WorkflowExecutionException { InnerException: DataFlowException inner } ? inner : error;
    }

    private async Task<decimal?> DecimalAsync(string sql) => await ScalarAsync(sql) is { } value and not DBNull ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Backfill_computes_the_seed_s_total_amount_in_batches_and_reports_its_outputs()
    {
        await using var db = await OrdersAsync(25);
        Assert.Equal(25, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL"));

        var output = await RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "subtotal + tax + COALESCE(shipping, 0)", batch_size = 10 });

        Assert.Equal(25L, output["rows_updated"]);
        Assert.Equal(3L, output["batches"]);
        Assert.Null(output["resumed_from"]);
        Assert.Equal(4.75m, await DecimalAsync("SELECT total_amount FROM orders WHERE id = 1"));
        Assert.Equal(5.75m, await DecimalAsync("SELECT total_amount FROM orders WHERE id = 2"));
        Assert.Equal(4.75m, await DecimalAsync("SELECT total_amount FROM orders WHERE id = 3"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL"));
        var result = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(output["result"]);
        Assert.Equal(25L, result["rows_updated"]);
    }

    [Fact]
    public async Task Backfill_honours_where_and_case_and_leaves_other_rows_alone()
    {
        await using var db = await OrdersAsync();

        var output = await RunAsync(db, "DataBackfillNode", new
        {
            table = "orders",
            update_field = "status",
            calculation = "CASE WHEN subtotal > 5 THEN 'big' ELSE LOWER('SMALL') END",
            where = "status IN ('open') AND email IS NOT NULL AND id NOT BETWEEN 100 AND 200",
        });

        Assert.Equal(4L, output["rows_updated"]);
        Assert.Equal("small", await ScalarAsync("SELECT status FROM orders WHERE id = 2"));
        Assert.Equal("big", await ScalarAsync("SELECT status FROM orders WHERE id = 8"));
        Assert.Equal("open", await ScalarAsync("SELECT status FROM orders WHERE id = 10"));
        Assert.Equal("paid", await ScalarAsync("SELECT status FROM orders WHERE id = 1"));
    }

    [Fact]
    public async Task An_interrupted_backfill_resumes_where_it_stopped_and_updates_every_row_once()
    {
        await using var db = await OrdersAsync(50);
        using var cancel = new CancellationTokenSource();
        var progress = new List<NodeProgress>();
        var options = new LocalRuntimeOptions
        {
            Progress = new SyncProgress(p =>
            {
                progress.Add(p);
                if (p.Kind == NodeProgressKind.Progress && p.Completed >= 20)
                {
                    cancel.Cancel();
                }
            }),
        };
        var parameters = new { table = "orders", update_field = "total_amount", calculation = "subtotal * 2", batch_size = 10 };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(db, "DataBackfillNode", parameters, options, cancel.Token));
        Assert.Equal(20, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NOT NULL"));
        Assert.Equal([10L, 20L], progress.Where(p => p.Kind == NodeProgressKind.Progress).Select(p => p.Completed));

        var resumed = await RunAsync(db, "DataBackfillNode", parameters);
        var again = await RunAsync(db, "DataBackfillNode", parameters);

        Assert.Equal(30L, resumed["rows_updated"]);
        Assert.Equal(21, Convert.ToInt32(resumed["resumed_from"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, again["rows_updated"]);
        Assert.Equal(0L, again["batches"]);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL OR total_amount <> subtotal * 2"));
    }

    [Fact]
    public async Task Backfill_refuses_bad_input_with_clear_codes_and_changes_nothing()
    {
        await using var db = await OrdersAsync();

        var table = await FailsAsync(db, "DataBackfillNode", new { table = "ordrs", update_field = "total_amount", calculation = "1" });
        var column = await FailsAsync(db, "DataBackfillNode", new { table = "orders", update_field = "totl_amount", calculation = "1" });
        var expression = Assert.IsType<DataFlowExpressionException>(await FailsAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "subtotl + tax" }));
        var kind = await FailsAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "email || 'x'" });
        var selfReference = await FailsAsync(db, "DataBackfillNode", new { table = "orders", update_field = "subtotal", calculation = "subtotal * 2" });
        var injection = await FailsAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "1; DROP TABLE orders" });
        var batch = await Assert.ThrowsAsync<WorkflowValidationException>(() => RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "1", batch_size = 0 }));

        Assert.Equal(ErrorCodes.NodeTableNotFound, table.Code);
        Assert.Contains("Did you mean 'orders'?", table.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NodeColumnNotFound, column.Code);
        Assert.Equal(ErrorCodes.ExpressionUnknownColumn, expression.Code);
        Assert.Equal("calculation", expression.Parameter);
        Assert.Equal(0, expression.Position);
        Assert.Equal(ErrorCodes.ExpressionTypeMismatch, kind.Code);
        Assert.Equal(ErrorCodes.BackfillNotResumable, selfReference.Code);
        Assert.Equal(ErrorCodes.ExpressionSyntax, injection.Code);
        Assert.Equal(ErrorCodes.InvalidParameterValue, batch.Code);
        Assert.Equal(10, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL"));
    }

    [Fact]
    public async Task An_idempotent_self_referencing_backfill_normalises_a_column()
    {
        await using var db = await OrdersAsync();

        var output = await RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "email", calculation = "LOWER(TRIM(email))", idempotent = true, batch_size = 3 });

        Assert.Equal(8L, output["rows_updated"]);
        Assert.Equal("user1@example.com", await ScalarAsync("SELECT email FROM orders WHERE id = 1"));
    }

    [Fact]
    public async Task Data_migration_copies_between_columns_like_the_seed_s_rename()
    {
        await using var db = await OrdersAsync(12);

        var output = await RunAsync(db, "DataMigrationNode", new { source_table = "orders", target_table = "orders", field_mapping = new { email = "email_address" }, batch_size = 5 });

        Assert.Equal(10L, output["rows_copied"]);
        Assert.Equal("update", output["mode"]);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM orders WHERE email_address IS DISTINCT FROM email".Replace("IS DISTINCT FROM", IsPostgres ? "IS DISTINCT FROM" : "IS NOT", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Data_migration_copies_rows_into_another_table_with_expressions_and_where_and_resumes()
    {
        await using var db = await OrdersAsync(10);
        var mapping = new Dictionary<string, object?> { ["id"] = "id", ["subtotal + tax"] = "total", ["UPPER(email)"] = "contact" };

        var first = await RunAsync(db, "DataMigrationNode", new { source_table = "orders", target_table = "order_archive", field_mapping = mapping, where = "status = 'paid'", batch_size = 2 });
        var second = await RunAsync(db, "DataMigrationNode", new { source_table = "orders", target_table = "order_archive", field_mapping = mapping, batch_size = 4 });

        Assert.Equal(5L, first["rows_copied"]);
        Assert.Equal("insert", first["mode"]);
        Assert.Equal(3L, first["batches"]);
        Assert.Equal(5L, second["rows_copied"]);
        Assert.Equal(10, await CountAsync("SELECT COUNT(*) FROM order_archive"));
        Assert.Equal(4.75m, await DecimalAsync("SELECT total FROM order_archive WHERE id = 3"));
        Assert.Equal("USER3@EXAMPLE.COM", await ScalarAsync("SELECT contact FROM order_archive WHERE id = 3"));
    }

    [Fact]
    public async Task Data_migration_refuses_unknown_target_columns()
    {
        await using var db = await OrdersAsync();

        var error = await FailsAsync(db, "DataMigrationNode", new { source_table = "orders", target_table = "order_archive", field_mapping = new { id = "idd" } });
        var empty = await Assert.ThrowsAsync<WorkflowValidationException>(() => RunAsync(db, "DataMigrationNode", new { source_table = "orders", field_mapping = new { } }));

        Assert.Equal(ErrorCodes.NodeColumnNotFound, error.Code);
        Assert.Equal(ErrorCodes.InvalidParameterValue, empty.Code);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM order_archive"));
    }

    [Fact]
    public async Task Validation_runs_several_checks_and_reports_each()
    {
        await using var db = await OrdersAsync();

        var output = await RunAsync(db, "ValidationNode", new
        {
            table = "orders",
            column = "email",
            check_table_exists = true,
            check_column_exists = true,
            check_not_null = true,
            check_unique = true,
            check_row_count = new { min = 1, max = 10 },
            checks = new object[]
            {
                new { check = "index_exists", index = "ix_orders_status", table = "orders" },
                new { check = "index_exists", index = "ix_missing" },
                new { check = "unique", table = "orders", columns = new[] { "status" } },
                new { check = "column_exists", table = "orders", column = "missing" },
                new { check = "row_count", table = "order_archive", equals = 0 },
            },
        });

        var checks = Assert.IsAssignableFrom<IEnumerable<IReadOnlyDictionary<string, object?>>>(output["checks"]).ToList();
        Assert.False((bool)output["passed"]!);
        Assert.Equal([true, true, false, true, true, true, false, false, false, true], checks.Select(c => (bool)c["passed"]!));
        Assert.Equal(2L, checks[2]["value"]);
        Assert.Equal(10L, checks[4]["value"]);
        Assert.Equal(4, Assert.IsAssignableFrom<IEnumerable<string>>(output["failures"]).Count());
    }

    [Fact]
    public async Task Validation_with_fail_on_error_fails_the_workflow_listing_the_failures()
    {
        await using var db = await OrdersAsync();

        var error = await FailsAsync(db, "ValidationNode", new { table = "orders", column = "shipping", check_not_null = true, fail_on_error = true });
        var missing = await Assert.ThrowsAsync<WorkflowValidationException>(() => RunAsync(db, "ValidationNode", new { check_not_null = true, table = "orders" }));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("shipping has 3 NULLs", error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.InvalidParameterValue, missing.Code);
    }

    [Fact]
    public async Task Validation_inside_a_transaction_sees_the_transaction_s_rows()
    {
        await using var db = await OrdersAsync(0);
        await ExecuteAsync("INSERT INTO order_archive (id) VALUES (1)");
        var workflow = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "tx", new { })
            .AddNode("DataMigrationNode", "copy", new { source_table = "order_archive", field_mapping = new { id = "total" } })
            .AddNode("ValidationNode", "verify", new { table = "order_archive", column = "total", check_not_null = true })
            .AddConnection("copy", "result", "verify", "input")
            .Build();

        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.True((bool)results["verify"]["passed"]!);
        Assert.Equal(1m, await DecimalAsync("SELECT total FROM order_archive WHERE id = 1"));
    }

    [Fact]
    public async Task Monitoring_captures_compares_and_alerts_on_degradation()
    {
        await using var db = await OrdersAsync(10);
        var metrics = new[] { "table_size", "row_count", "index_usage", "query_performance" };
        var workflow = new WorkflowBuilder(db)
            .AddNode("MonitoringNode", "pre_migration_metrics", new { capture_metrics = metrics, tables = new[] { "orders" } })
            .AddNode("DataMigrationNode", "archive", new { source_table = "orders", field_mapping = new { id = "id" }, target_table = "order_archive" })
            .AddNode("ValidationNode", "gate", new { table = "orders", check_table_exists = true })
            .AddNode("MonitoringNode", "post_migration_metrics", new { capture_metrics = metrics, tables = new[] { "orders" }, alert_on_degradation = new { row_count_drop_pct = 10 } })
            .AddConnection("pre_migration_metrics", "metrics", "post_migration_metrics", "compare_with")
            .AddConnection("pre_migration_metrics", "result", "archive", "input")
            .AddConnection("archive", "result", "gate", "input")
            .AddConnection("gate", "result", "post_migration_metrics", "input")
            .Build();
        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);
        await ExecuteAsync("DELETE FROM orders WHERE id > 5");

        var post = await RunAsync(db, "MonitoringNode", new { capture_metrics = metrics, tables = "orders" });
        var before = (IReadOnlyDictionary<string, object?>)results["pre_migration_metrics"]["metrics"]!;
        var comparison = await CompareAsync(db, before, new { row_count_drop_pct = 10 });

        var tables = (IReadOnlyDictionary<string, object?>)before["tables"]!;
        var orders = (IReadOnlyDictionary<string, object?>)tables[IsPostgres ? "public.orders" : "orders"]!;
        Assert.Equal(10L, orders["row_count"]);
        Assert.False((bool)results["post_migration_metrics"]["degraded"]!);
        Assert.NotNull(results["post_migration_metrics"]["comparison"]);
        Assert.Equal(IsPostgres ? "postgresql" : "sqlite", ((IReadOnlyDictionary<string, object?>)post["metrics"]!)["dialect"]);
        var alerts = Assert.IsAssignableFrom<IEnumerable<IReadOnlyDictionary<string, object?>>>(comparison["alerts"]).ToList();
        var alert = Assert.Single(alerts, a => (string?)a["metric"] == "row_count");
        Assert.Equal(10.0, alert["before"]);
        Assert.Equal(5.0, alert["after"]);
        Assert.True((bool)comparison["degraded"]!);
        AssertDialectMetrics(before);
    }

    [Fact]
    public async Task Monitoring_refuses_unknown_metrics_and_a_node_name_in_compare_with()
    {
        await using var db = await OrdersAsync(1);

        var metric = await Assert.ThrowsAsync<WorkflowValidationException>(() => RunAsync(db, "MonitoringNode", new { capture_metrics = new[] { "cpu" } }));
        var compare = await Assert.ThrowsAsync<WorkflowValidationException>(() => RunAsync(db, "MonitoringNode", new { compare_with = "pre_migration_metrics" }));

        Assert.Equal(ErrorCodes.InvalidParameterValue, metric.Code);
        Assert.Contains("AddConnection(\"pre_migration_metrics\", \"metrics\", \"node\", \"compare_with\")", compare.Hint, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.InvalidParameterValue, compare.Code);
    }

    [Fact]
    public async Task The_seed_s_zero_downtime_backfill_runs_as_written_and_reports_progress_between_start_and_finish()
    {
        await using var db = await OrdersAsync(9);
        var events = new List<NodeProgress>();
        var options = new LocalRuntimeOptions { Progress = new SyncProgress(events.Add) };

        var output = await RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "total_amount", calculation = "subtotal + tax + shipping", batch_size = 4 }, options);

        Assert.Equal(6L, output["rows_updated"]);
        Assert.Equal(3, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL AND shipping IS NULL"));
        Assert.Equal(
            [NodeProgressKind.Started, NodeProgressKind.Progress, NodeProgressKind.Progress, NodeProgressKind.Finished],
            events.Select(e => e.Kind));
        Assert.Equal([4L, 6L], events.Where(e => e.Kind == NodeProgressKind.Progress).Select(e => e.Completed));
        Assert.Equal("batch 2: 6 rows updated", events[2].Message);
    }

    [Fact]
    public async Task Backfill_walks_a_composite_key_and_refuses_tables_without_key_generated_targets_and_non_boolean_where()
    {
        await using var db = await OrdersAsync(0);
        var generated = IsPostgres ? "integer GENERATED ALWAYS AS (a * 2) STORED" : "integer GENERATED ALWAYS AS (a * 2) STORED";
        await ExecuteAsync($"""
            DROP TABLE IF EXISTS pairs; DROP TABLE IF EXISTS loose;
            CREATE TABLE pairs (a integer, b varchar(5), n integer, doubled {generated}, label varchar(40), PRIMARY KEY (a, b));
            CREATE TABLE loose (x integer, y integer);
            INSERT INTO pairs (a, b, n) VALUES (1, 'x', 1), (1, 'y', 2), (2, 'x', 3), (2, 'y', 4), (3, 'a', 5);
            INSERT INTO loose (x) VALUES (1);
            """);

        var output = await RunAsync(db, "DataBackfillNode", new { table = "pairs", update_field = "label", calculation = "b || '-' || n", batch_size = 2 });
        var noKey = await FailsAsync(db, "DataBackfillNode", new { table = "loose", update_field = "y", calculation = "x" });
        var computed = await FailsAsync(db, "DataBackfillNode", new { table = "pairs", update_field = "doubled", calculation = "n" });
        var where = await FailsAsync(db, "DataBackfillNode", new { table = "pairs", update_field = "label", calculation = "b", where = "n + 1" });

        Assert.Equal(5L, output["rows_updated"]);
        Assert.Equal(3L, output["batches"]);
        Assert.Equal("y-4", await ScalarAsync("SELECT label FROM pairs WHERE a = 2 AND b = 'y'"));
        Assert.Equal(ErrorCodes.NodeTableWithoutKey, noKey.Code);
        Assert.Equal(ErrorCodes.NodeColumnNotWritable, computed.Code);
        Assert.Equal(ErrorCodes.ExpressionTypeMismatch, where.Code);
    }

    [Fact]
    public async Task A_statement_the_database_refuses_becomes_a_DF_NODE_error_with_the_driver_error_inside()
    {
        await using var db = await OrdersAsync(3);
        await ExecuteAsync("INSERT INTO order_archive (id) VALUES (2)");
        var mapping = new Dictionary<string, object?> { ["id * 1"] = "id" };

        var error = await FailsAsync(db, "DataMigrationNode", new { source_table = "orders", target_table = "order_archive", field_mapping = mapping });

        Assert.Equal(ErrorCodes.NodeStatementFailed, error.Code);
        Assert.Contains("the data migration's copy", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM order_archive"));
    }

    [Fact]
    public async Task Inside_a_transaction_scope_a_failed_validation_rolls_back_the_backfill_as_in_the_seed_s_test_migration()
    {
        await using var db = await OrdersAsync(12);
        var workflow = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "test_migration", new { rollback_on_error = true })
            .AddNode("DataBackfillNode", "fill", new { table = "orders", update_field = "total_amount", calculation = "subtotal + tax", batch_size = 5 })
            .AddNode("ValidationNode", "verify", new { table = "orders", column = "total_amount", check_not_null = true, check_row_count = new { equals = 999 }, fail_on_error = true })
            .AddConnection("fill", "result", "verify", "input")
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(workflow));

        Assert.Equal(ErrorCodes.ValidationFailed, Assert.IsAssignableFrom<DataFlowException>(error.InnerException).Code);
        Assert.Contains("row_count", error.InnerException!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not_null", error.InnerException.Message, StringComparison.Ordinal);
        Assert.Equal(12, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL"));
    }

    [Fact]
    public async Task A_clock_backfill_fills_only_empty_rows_so_a_second_run_changes_nothing()
    {
        await using var db = await OrdersAsync(6);
        await ExecuteAsync(IsPostgres ? "ALTER TABLE orders ADD COLUMN touched_at timestamp" : "ALTER TABLE orders ADD COLUMN touched_at TIMESTAMP");

        var first = await RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "touched_at", calculation = "NOW()", where = "status = 'open'", batch_size = 2 });
        var second = await RunAsync(db, "DataBackfillNode", new { table = "orders", update_field = "touched_at", calculation = "CURRENT_TIMESTAMP", where = "status = 'open'" });

        Assert.Equal(3L, first["rows_updated"]);
        Assert.Equal(0L, second["rows_updated"]);
        Assert.Equal(3, await CountAsync("SELECT COUNT(*) FROM orders WHERE touched_at IS NOT NULL"));
    }

    /// <summary>Asserts what the dialect can and cannot measure.</summary>
    protected abstract void AssertDialectMetrics(IReadOnlyDictionary<string, object?> metrics);

    private static async Task<NodeOutput> CompareAsync(DataFlowDb db, IReadOnlyDictionary<string, object?> before, object thresholds)
    {
        var workflow = new WorkflowBuilder(db)
            .AddNode("DataNode", "before", new { data = before })
            .AddNode("MonitoringNode", "after", new { capture_metrics = new[] { "row_count" }, tables = "orders", alert_on_degradation = thresholds })
            .AddConnection("before", "result", "after", "compare_with")
            .Build();
        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);
        return results["after"];
    }

    /// <summary>An <see cref="IProgress{T}"/> that calls its handler at once, on the reporting thread.</summary>
    private sealed class SyncProgress(Action<NodeProgress> handler) : IProgress<NodeProgress>
    {
        public void Report(NodeProgress value) => handler(value);
    }
}
