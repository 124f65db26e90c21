using System.Globalization;
using DataFlow.Workflows;

namespace DataFlow.Tests.SchemaNodes;

/// <summary>The seed's complete examples (docs 001 "Schema Management"), translated to C#, with the data checked.</summary>
public abstract partial class SchemaNodesSpec
{
    private static string Unique(string name) => name + "_" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Seed_migration_workflow_with_switch_applies_once_then_skips()
    {
        await using var db = await UsersAsync();
        var name = Unique("user_table_v2");
        var workflow = new WorkflowBuilder(db)
            .AddNode("MigrationNode", "check_migration", new { migration_name = name, action = "check_status" })
            .AddNode("SwitchNode", "migration_decision", new { cases = new[] { "pending", "completed" } })
            .AddNode("SchemaModificationNode", "apply_migration", new { table = "users", operation = "add_column", column_name = "last_login", column_type = "timestamp", nullable = true })
            .AddNode("MigrationNode", "update_status", new { migration_name = name, status = "completed" })
            .AddNode("LogNode", "skip_migration", new { message = "Migration already applied" })
            .AddConnection("check_migration", "migration_status", "migration_decision", "input_data")
            .AddConnection("migration_decision", "case_pending", "apply_migration", "input")
            .AddConnection("migration_decision", "case_completed", "skip_migration", "input")
            .AddConnection("apply_migration", "result", "update_status", "input")
            .Build();
        var runtime = new LocalRuntime(db);

        var first = await runtime.ExecuteAsync(workflow);
        await ExecuteAsync("UPDATE users SET last_login = '2026-01-02 03:04:05' WHERE id = 1");
        var second = await runtime.ExecuteAsync(workflow);

        Assert.Equal("pending", first.Results["check_migration"]["migration_status"]);
        Assert.Equal(NodeStatus.Completed, first.Node("apply_migration").Status);
        Assert.Equal(NodeStatus.Skipped, first.Node("skip_migration").Status);
        Assert.Equal("completed", first.Results["update_status"]["migration_status"]);
        Assert.Equal("completed", second.Results["check_migration"]["migration_status"]);
        Assert.Equal(NodeStatus.Skipped, second.Node("apply_migration").Status);
        Assert.Equal(NodeStatus.Completed, second.Node("skip_migration").Status);
        Assert.Equal("id,name,email,score,last_login", await ColumnsAsync("users"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM users WHERE last_login IS NOT NULL"));
    }

    [Fact]
    public async Task Seed_tracking_records_status_and_metadata_in_the_journal()
    {
        await using var db = await UsersAsync();
        var name = Unique("schema_v2.1.0");

        var pending = await RunAsync(db, new { migration_name = name, status = "pending", metadata = new { version = "2.1.0", description = "Add user preferences table", breaking_change = false } }, "MigrationNode");
        var completed = await RunAsync(db, new { migration_name = name, status = "completed", metadata = new { version = "2.1.0", description = "Add user preferences table", breaking_change = false } }, "MigrationNode");
        var status = await RunAsync(db, new { migration_name = name, action = "check_status" }, "MigrationNode");
        var bad = await FailsAsync(db, new { migration_name = name }, "MigrationNode");

        Assert.Equal("pending", pending["migration_status"]);
        Assert.Equal("completed", completed["migration_status"]);
        Assert.Equal("completed", status["migration_status"]);
        Assert.Equal("2.1.0", status["version"]);
        Assert.False((bool)status["needs_rollback"]!);
        var metadata = (IReadOnlyDictionary<string, object?>)status["metadata"]!;
        Assert.Equal("Add user preferences table", metadata["description"]?.ToString());
        Assert.Equal(ErrorCodes.MigrationNodeParameter, bad.Code);
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM dataflow_migrations WHERE name = '{name}' AND kind = 'named' AND status = 'completed'"));
    }

    [Fact]
    public async Task Seed_rename_via_add_copy_drop_keeps_every_email()
    {
        await using var db = await UsersAsync();
        var workflow = new WorkflowBuilder(db)
            .AddNode("SchemaModificationNode", "add_new_column", new { table = "users", operation = "add_column", column_name = "email_address", column_type = "varchar(255)", nullable = true })
            .AddNode("DataMigrationNode", "copy_data", new { source_table = "users", target_table = "users", field_mapping = new Dictionary<string, string> { ["email"] = "email_address" } })
            .AddNode("SchemaModificationNode", "drop_old_column", new { table = "users", operation = "drop_column", column_name = "email", confirm_data_loss = true })
            .AddConnection("add_new_column", "result", "copy_data", "input")
            .AddConnection("copy_data", "result", "drop_old_column", "input")
            .Build();

        await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.Equal("id,name,score,email_address", await ColumnsAsync("users"));
        Assert.Equal("ada@x.com", await ScalarAsync("SELECT email_address FROM users WHERE id = 1"));
        Assert.Equal(DBNull.Value, await ScalarAsync("SELECT email_address FROM users WHERE id = 3"));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM users WHERE email_address = 'ed@x.com'"));
    }

    [Fact]
    public async Task Seed_zero_downtime_three_phases_add_backfill_then_not_null()
    {
        await ExecuteAsync($"""
            {Drop("orders")}
            CREATE TABLE orders (id integer PRIMARY KEY, subtotal {(IsPostgres ? "numeric(10,2)" : "DECIMAL(10,2)")}, tax {(IsPostgres ? "numeric(10,2)" : "DECIMAL(10,2)")}, shipping {(IsPostgres ? "numeric(10,2)" : "DECIMAL(10,2)")});
            """);
        for (var i = 1; i <= 25; i++)
        {
            await ExecuteAsync($"INSERT INTO orders VALUES ({i}, {i}.50, 1.25, 2)");
        }

        await using var db = new DataFlowDb(Url);
        var workflow = new WorkflowBuilder(db)
            .AddNode("SchemaModificationNode", "phase1_add", new { table = "orders", operation = "add_column", column_name = "total_amount", column_type = "decimal(10,2)", nullable = true })
            .AddNode("DataBackfillNode", "phase2_backfill", new { table = "orders", update_field = "total_amount", calculation = "subtotal + tax + shipping", batch_size = 10 })
            .AddNode("SchemaModificationNode", "phase3_constraint", new { table = "orders", operation = "add_constraint", constraint_type = "not_null", column_name = "total_amount" })
            .AddConnection("phase1_add", "result", "phase2_backfill", "input")
            .AddConnection("phase2_backfill", "result", "phase3_constraint", "input")
            .Build();

        var result = await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.Equal(25L, result.Results["phase2_backfill"]["rows_updated"]);
        Assert.Equal(0L, Fact(Risk(result.Results["phase3_constraint"]), "null_count"));
        Assert.Equal(4.75m, Convert.ToDecimal(await ScalarAsync("SELECT total_amount FROM orders WHERE id = 1"), CultureInfo.InvariantCulture));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM orders WHERE total_amount IS NULL"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("INSERT INTO orders (id, subtotal) VALUES (99, 1)"));
    }

    [Fact]
    public async Task Seed_test_migration_in_a_transaction_scope_is_verified_then_rolled_back()
    {
        await using var db = await UsersAsync();
        await ExecuteAsync($"{Drop("test_users")} CREATE TABLE test_users (id integer PRIMARY KEY, name text); INSERT INTO test_users VALUES (1, 'a');");
        var workflow = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "test_migration", new { rollback_on_error = true })
            .AddNode("SchemaModificationNode", "test_change", new { table = "test_users", operation = "add_column", column_name = "test_field", column_type = "varchar(50)", migration_name = "scoped_test_change" })
            .AddNode("ValidationNode", "verify", new { check_column_exists = true, table = "test_users", column = "test_field" })
            .AddNode("TransactionRollbackNode", "undo")
            .AddConnection("test_migration", "transaction", "test_change", "transaction")
            .AddConnection("test_change", "result", "verify", "transaction")
            .AddConnection("verify", "passed", "undo", "transaction")
            .Build();

        var result = await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.True((bool)result.Results["verify"]["passed"]!);
        Assert.Equal("id,name", await ColumnsAsync("test_users"));
        Assert.Equal("a", await ScalarAsync("SELECT name FROM test_users WHERE id = 1"));
        var journaled = IsPostgres
            ? "SELECT CASE WHEN to_regclass('dataflow_migrations') IS NULL THEN 0 ELSE (xpath('/row/c/text()', query_to_xml('SELECT COUNT(*) AS c FROM dataflow_migrations WHERE name = ''scoped_test_change''', false, true, '')))[1]::text::int END"
            : "SELECT COUNT(*) FROM sqlite_master WHERE name = 'dataflow_migrations'";
        Assert.Equal(0, await CountAsync(journaled));
    }

    [Fact]
    public async Task A_change_inside_a_committed_transaction_scope_is_journaled_with_it()
    {
        await using var db = await UsersAsync();
        var workflow = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("SchemaModificationNode", "change", new { table = "users", operation = "add_column", column_name = "nickname", column_type = "text", migration_name = Unique("scoped") })
            .AddConnection("tx", "transaction", "change", "transaction")
            .Build();

        await new LocalRuntime(db).ExecuteAsync(workflow);
        var concurrent = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("SchemaModificationNode", "change", new { table = "users", operation = "create_index", column_name = "name", concurrently = true })
            .AddConnection("tx", "transaction", "change", "transaction")
            .Build();

        Assert.Equal("id,name,email,score,nickname", await ColumnsAsync("users"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM dataflow_migrations WHERE name LIKE 'scoped_%' AND kind = 'auto' AND status = 'completed' AND metadata LIKE '%nickname%'"));
        if (IsPostgres)
        {
            var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(concurrent));
            Assert.Equal(ErrorCodes.SchemaNotInTransaction, ((DataFlowException)error.InnerException!).Code);
        }
    }

    [Fact]
    public async Task Seed_reversible_migration_rolls_back_a_failed_migration_then_proceeds()
    {
        await using var db = await UsersAsync();
        var name = Unique("add_preferences");
        await RunAsync(db, new { table = "users", operation = "add_column", column_name = "preferences", column_type = "jsonb" });
        await RunAsync(db, new { migration_name = name, status = "failed", error = "app check failed" }, "MigrationNode");
        var workflow = new WorkflowBuilder(db)
            .AddNode("MigrationNode", "check_rollback", new { migration_name = name, action = "check_rollback_needed" })
            .AddNode("SwitchNode", "rollback_decision", new { cases = new object[] { true, false } })
            .AddNode("SchemaModificationNode", "rollback_migration", new { table = "users", operation = "drop_column", column_name = "preferences", confirm_data_loss = true })
            .AddNode("MigrationNode", "mark_rolled_back", new { migration_name = name, status = "rolled_back" })
            .AddNode("SchemaModificationNode", "proceed_migration", new { table = "users", operation = "add_column", column_name = "preferences", column_type = "jsonb" })
            .AddConnection("check_rollback", "needs_rollback", "rollback_decision", "input_data")
            .AddConnection("rollback_decision", "case_true", "rollback_migration", "input")
            .AddConnection("rollback_migration", "result", "mark_rolled_back", "input")
            .AddConnection("rollback_decision", "case_false", "proceed_migration", "input")
            .Build();
        var runtime = new LocalRuntime(db);

        var rollback = await runtime.ExecuteAsync(workflow);
        var columnsAfterRollback = await ColumnsAsync("users");
        var proceed = await runtime.ExecuteAsync(workflow);

        Assert.True((bool)rollback.Results["check_rollback"]["needs_rollback"]!);
        Assert.Equal(NodeStatus.Skipped, rollback.Node("proceed_migration").Status);
        Assert.Equal("id,name,email,score", columnsAfterRollback);
        Assert.Equal("rolled_back", rollback.Results["mark_rolled_back"]["migration_status"]);
        Assert.False((bool)proceed.Results["check_rollback"]["needs_rollback"]!);
        Assert.Equal(NodeStatus.Skipped, proceed.Node("rollback_migration").Status);
        Assert.Equal("id,name,email,score,preferences", await ColumnsAsync("users"));
        await ExecuteAsync("UPDATE users SET preferences = '{\"theme\": \"dark\"}' WHERE id = 1");
        Assert.Contains("dark", (string)(await ScalarAsync(IsPostgres ? "SELECT preferences::text FROM users WHERE id = 1" : "SELECT preferences FROM users WHERE id = 1"))!, StringComparison.Ordinal);
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public async Task Alter_type_and_check_inside_a_transaction_scope_commit_with_the_run_and_refuse_a_referenced_sqlite_rebuild()
    {
        await using var db = await UsersAsync();
        await ExecuteAsync("CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id), amount integer); INSERT INTO orders VALUES (1, 1, 5);");
        var workflow = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("SchemaModificationNode", "widen", new { table = "orders", operation = "alter_column_type", column_name = "amount", column_type = "bigint" })
            .AddNode("SchemaModificationNode", "check", new { table = "orders", operation = "add_constraint", constraint_type = "check", constraint_name = "amount_positive", expression = "amount > 0" })
            .AddConnection("tx", "transaction", "widen", "transaction")
            .AddConnection("widen", "result", "check", "transaction")
            .Build();
        var referenced = new WorkflowBuilder(db)
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("SchemaModificationNode", "users_default", new { table = "users", operation = "set_default", column_name = "score", default_value = 0 })
            .AddConnection("tx", "transaction", "users_default", "transaction")
            .Build();

        await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.Equal(5L, Convert.ToInt64(await ScalarAsync("SELECT amount FROM orders WHERE id = 1"), CultureInfo.InvariantCulture));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("UPDATE orders SET amount = -1 WHERE id = 1"));
        if (IsPostgres)
        {
            await new LocalRuntime(db).ExecuteAsync(referenced);
            await ExecuteAsync("INSERT INTO users (id, name) VALUES (50, 'defaulted')");
            Assert.Equal(0L, Convert.ToInt64(await ScalarAsync("SELECT score FROM users WHERE id = 50"), CultureInfo.InvariantCulture));
        }
        else
        {
            var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(referenced));
            Assert.Equal(ErrorCodes.SchemaNotInTransaction, ((DataFlowException)error.InnerException!).Code);
            Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM orders"));
        }
    }
}
