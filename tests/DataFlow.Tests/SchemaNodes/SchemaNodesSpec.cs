using System.Globalization;
using DataFlow.Workflows;

namespace DataFlow.Tests.SchemaNodes;

/// <summary>
/// SchemaModificationNode written once and run on both dialects (<see cref="SqliteSchemaNodesTests"/>,
/// <see cref="PostgresSchemaNodesTests"/>): every operation with the data checked before and after, the outputs, the
/// risk codes with data facts, confirmation of data loss, and refusal in existing-schema mode.
/// </summary>
public abstract partial class SchemaNodesSpec
{
    protected abstract string Url { get; }

    protected abstract bool IsPostgres { get; }

    protected abstract Task ExecuteAsync(string sql);

    protected abstract Task<object?> ScalarAsync(string sql);

    protected abstract string ColumnsSql(string table);

    protected abstract string IndexCountSql(string index);

    protected string Drop(string table) => IsPostgres ? $"DROP TABLE IF EXISTS {table} CASCADE;" : $"DROP TABLE IF EXISTS {table};";

    /// <summary>users(id, name, email, score): six rows, email NULL for id 3, 'ed@x.com' twice (ids 5 and 6).</summary>
    protected async Task<DataFlowDb> UsersAsync(bool existingSchemaMode = false)
    {
        await ExecuteAsync($"""
            {Drop("orders")} {Drop("users")} {Drop("members")}
            CREATE TABLE users (id integer PRIMARY KEY, name varchar(50) NOT NULL, email varchar(100), score integer);
            INSERT INTO users (id, name, email, score) VALUES (1, 'ada', 'ada@x.com', 10), (2, 'bob', 'bob@x.com', 20), (3, 'cy', NULL, 30),
              (4, 'di', 'di@x.com', 40), (5, 'ed', 'ed@x.com', 50), (6, 'ed2', 'ed@x.com', 60);
            """);
        return new DataFlowDb(new DataFlowOptions { DatabaseUrl = Url, ExistingSchemaMode = existingSchemaMode });
    }

    protected static async Task<NodeOutput> RunAsync(DataFlowDb db, object parameters, string nodeType = "SchemaModificationNode")
    {
        var workflow = new WorkflowBuilder(db).AddNode(nodeType, "node", parameters).Build();
        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);
        return results["node"];
    }

    protected static async Task<DataFlowException> FailsAsync(DataFlowDb db, object parameters, string nodeType = "SchemaModificationNode")
    {
        var error = await Assert.ThrowsAnyAsync<DataFlowException>(() => RunAsync(db, parameters, nodeType));
        return error is WorkflowExecutionException { InnerException: DataFlowException inner } ? inner : error;
    }

    protected async Task<string> ColumnsAsync(string table) => (string)(await ScalarAsync(ColumnsSql(table)))!;

    protected async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    protected static IReadOnlyDictionary<string, object?> Risk(NodeOutput output) => (IReadOnlyDictionary<string, object?>)output["risk"]!;

    protected static IReadOnlyList<string> Codes(NodeOutput output) =>
        [.. ((IEnumerable<IReadOnlyDictionary<string, object?>>)Risk(output)["findings"]!).Select(f => (string)f["code"]!)];

    protected static long Fact(IReadOnlyDictionary<string, object?> risk, string name) =>
        (long)((IEnumerable<IReadOnlyDictionary<string, object?>>)risk["facts"]!).Single(f => (string)f["name"]! == name)["value"]!;

    protected static IReadOnlyList<string> Sql(NodeOutput output) => (IReadOnlyList<string>)output["sql"]!;

    [Fact]
    public async Task Add_column_nullable_keeps_the_rows_and_reports_sql_and_a_low_risk()
    {
        await using var db = await UsersAsync();

        var output = await RunAsync(db, new { table = "users", operation = "add_column", column_name = "phone_number", column_type = "varchar(20)", nullable = true });

        Assert.Equal("id,name,email,score,phone_number", await ColumnsAsync("users"));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users WHERE phone_number IS NULL"));
        Assert.Equal("ada", await ScalarAsync("SELECT name FROM users WHERE id = 1"));
        Assert.Contains("ADD COLUMN", Assert.Single(Sql(output)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("LOW", Risk(output)["level"]);
        Assert.Equal(6L, Fact(Risk(output), "row_count"));
        var result = (IReadOnlyDictionary<string, object?>)output["result"]!;
        Assert.Equal(output["sql"], result["sql"]);
        await ExecuteAsync("UPDATE users SET phone_number = '+44 20 7946 0000' WHERE id = 2");
        Assert.Equal("+44 20 7946 0000", await ScalarAsync("SELECT phone_number FROM users WHERE id = 2"));
    }

    [Fact]
    public async Task Add_column_not_null_with_a_default_fills_existing_rows_and_unique_is_enforced()
    {
        await using var db = await UsersAsync();

        await RunAsync(db, new { table = "users", operation = "add_column", column_name = "processing_status", column_type = "varchar(50)", nullable = false, default_value = "pending" });
        await RunAsync(db, new { table = "users", operation = "add_column", column_name = "is_active", column_type = "boolean", nullable = false, default_value = true });
        await RunAsync(db, new { table = "users", operation = "add_column", column_name = "total", column_type = "decimal(10,2)" });
        await RunAsync(db, new { table = "users", operation = "add_column", column_name = "handle", column_type = "varchar(30)", unique = true });

        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users WHERE processing_status = 'pending'"));
        Assert.Equal(6, await CountAsync(IsPostgres ? "SELECT COUNT(*) FROM users WHERE is_active" : "SELECT COUNT(*) FROM users WHERE is_active = 1"));
        await ExecuteAsync("UPDATE users SET handle = 'h1', total = 12.34 WHERE id = 1");
        Assert.Equal(12.34m, Convert.ToDecimal(await ScalarAsync("SELECT total FROM users WHERE id = 1"), CultureInfo.InvariantCulture));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("UPDATE users SET handle = 'h1' WHERE id = 2"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("INSERT INTO users (id, name, processing_status) VALUES (9, 'x', NULL)"));
    }

    [Fact]
    public async Task Add_column_not_null_without_default_is_high_risk_and_fails_on_a_populated_table_without_changing_it()
    {
        await using var db = await UsersAsync();

        var error = await FailsAsync(db, new { table = "users", operation = "add_column", column_name = "email2", column_type = "varchar(255)", nullable = false, unique = true });
        var risk = await new DataFlow.Migrations.Risk.RiskAssessmentEngine(db).AssessAsync(new DataFlow.Nodes.SchemaChanges.SchemaOperation
        { Table = "users", Operation = "add_column", ColumnName = "email2", ColumnType = "varchar(255)", Nullable = false, Unique = true });

        Assert.Equal(ErrorCodes.SchemaStatementFailed, error.Code);
        Assert.Equal("id,name,email,score", await ColumnsAsync("users"));
        Assert.Equal(DataFlow.Migrations.Risk.RiskLevel.High, risk.Level);
        Assert.Contains(risk.Findings, f => f.Code == DataFlow.Migrations.Risk.RiskCodes.NotNullColumnWithoutDefault);
        Assert.Contains(risk.Findings, f => f.Code == DataFlow.Migrations.Risk.RiskCodes.UniqueAdded);
        Assert.Equal(6, risk.Facts.Single(f => f.Name == "row_count").Value);
    }

    [Fact]
    public async Task Drop_column_needs_confirmation_then_drops_only_that_column_and_reports_the_values_lost()
    {
        await using var db = await UsersAsync();
        await ExecuteAsync("CREATE INDEX ix_users_score ON users (score)");

        var refused = await FailsAsync(db, new { table = "users", operation = "drop_column", column_name = "score" });
        Assert.Equal(ErrorCodes.SchemaDataLossNotConfirmed, refused.Code);
        Assert.Equal("id,name,email,score", await ColumnsAsync("users"));

        var output = await RunAsync(db, new { table = "users", operation = "drop_column", column_name = "score", confirm_data_loss = true });

        Assert.Equal("id,name,email", await ColumnsAsync("users"));
        Assert.Equal("ed@x.com", await ScalarAsync("SELECT email FROM users WHERE id = 6"));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users"));
        Assert.Equal("CRITICAL", Risk(output)["level"]);
        Assert.Contains("drop_column", Codes(output));
        Assert.Equal(6L, Fact(Risk(output), "non_null_count"));
        Assert.Contains("data_loss", (IReadOnlyList<string>)Risk(output)["categories"]!);
        if (!IsPostgres)
        {
            Assert.Contains("table_rebuild", Codes(output));
        }
    }

    [Fact]
    public async Task Rename_column_and_rename_table_keep_the_data_under_the_new_names()
    {
        await using var db = await UsersAsync();

        var column = await RunAsync(db, new { table = "users", operation = "rename_column", column_name = "email", new_name = "email_address" });
        var table = await RunAsync(db, new { table = "users", operation = "rename_table", new_name = "members" });

        Assert.Equal("id,name,email_address,score", await ColumnsAsync("members"));
        Assert.Equal("bob@x.com", await ScalarAsync("SELECT email_address FROM members WHERE id = 2"));
        Assert.Contains("rename", Codes(column));
        Assert.Equal("MEDIUM", Risk(table)["level"]);
    }

    [Fact]
    public async Task Alter_column_type_widens_in_place_and_narrowing_needs_confirmation_with_the_values_that_do_not_fit()
    {
        await using var db = await UsersAsync();

        var widened = await RunAsync(db, new { table = "users", operation = "alter_column_type", column_name = "name", column_type = "varchar(200)" });
        Assert.Contains("type_change", Codes(widened));
        Assert.Equal("ed2", await ScalarAsync("SELECT name FROM users WHERE id = 6"));

        var refused = await FailsAsync(db, new { table = "users", operation = "alter_column_type", column_name = "email", column_type = "varchar(8)" });
        Assert.Equal(ErrorCodes.SchemaDataLossNotConfirmed, refused.Code);
        var risk = await new DataFlow.Migrations.Risk.RiskAssessmentEngine(db).AssessAsync(new DataFlow.Nodes.SchemaChanges.SchemaOperation
        { Table = "users", Operation = "alter_column_type", ColumnName = "email", ColumnType = "varchar(8)" });
        Assert.Equal(DataFlow.Migrations.Risk.RiskCodes.TypeNarrowing, risk.Findings[0].Code);
        Assert.Equal(9, risk.Facts.Single(f => f.Name == "max_length").Value);
        Assert.Equal(2, risk.Facts.Single(f => f.Name == "values_too_long").Value);

        await ExecuteAsync("UPDATE users SET score = 5 WHERE id = 1");
        var bigger = await RunAsync(db, new { table = "users", operation = "alter_column_type", column_name = "score", column_type = "bigint" });
        Assert.Equal(5L, Convert.ToInt64(await ScalarAsync("SELECT score FROM users WHERE id = 1"), CultureInfo.InvariantCulture));
        Assert.Equal(IsPostgres ? "MEDIUM" : "HIGH", Risk(bigger)["level"]);
    }

    [Fact]
    public async Task Set_default_and_drop_default_change_what_new_rows_get()
    {
        await using var db = await UsersAsync();

        var set = await RunAsync(db, new { table = "users", operation = "set_default", column_name = "score", default_value = 7 });
        await ExecuteAsync("INSERT INTO users (id, name) VALUES (10, 'new')");
        await RunAsync(db, new { table = "users", operation = "drop_default", column_name = "score" });
        await ExecuteAsync("INSERT INTO users (id, name) VALUES (11, 'newer')");

        Assert.Equal(7L, Convert.ToInt64(await ScalarAsync("SELECT score FROM users WHERE id = 10"), CultureInfo.InvariantCulture));
        Assert.Equal(DBNull.Value, await ScalarAsync("SELECT score FROM users WHERE id = 11"));
        Assert.Equal(10L, Convert.ToInt64(await ScalarAsync("SELECT score FROM users WHERE id = 1"), CultureInfo.InvariantCulture));
        Assert.Contains("default_change", Codes(set));
    }

    [Fact]
    public async Task Not_null_constraint_reports_the_nulls_fails_on_them_and_succeeds_after_a_backfill()
    {
        await using var db = await UsersAsync();
        var parameters = new { table = "users", operation = "add_constraint", constraint_type = "not_null", column_name = "email" };

        var error = await FailsAsync(db, parameters);
        Assert.Equal(ErrorCodes.SchemaStatementFailed, error.Code);
        await ExecuteAsync("INSERT INTO users (id, name, email) VALUES (20, 'still nullable', NULL)");

        await ExecuteAsync("UPDATE users SET email = name || '@filled' WHERE email IS NULL");
        var output = await RunAsync(db, parameters);

        Assert.Equal("HIGH", Risk(output)["level"]);
        Assert.Contains("not_null_on_column", Codes(output));
        Assert.Equal(0L, Fact(Risk(output), "null_count"));
        Assert.Equal("cy@filled", await ScalarAsync("SELECT email FROM users WHERE id = 3"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("INSERT INTO users (id, name, email) VALUES (21, 'x', NULL)"));
        var risk = await new DataFlow.Migrations.Risk.RiskAssessmentEngine(db).AssessAsync(new DataFlow.Nodes.SchemaChanges.SchemaOperation
        { Table = "users", Operation = "add_constraint", ConstraintType = "not_null", ColumnName = "score" });
        Assert.Equal(1, risk.Facts.Single(f => f.Name == "null_count").Value);
    }

    [Fact]
    public async Task Unique_constraint_reports_duplicates_fails_on_them_then_is_enforced_and_dropped()
    {
        await using var db = await UsersAsync();
        var risk = await new DataFlow.Migrations.Risk.RiskAssessmentEngine(db).AssessAsync(new DataFlow.Nodes.SchemaChanges.SchemaOperation
        { Table = "users", Operation = "add_constraint", ConstraintType = "unique", ColumnName = "email" });
        Assert.Equal(1, risk.Facts.Single(f => f.Name == "duplicate_count").Value);
        Assert.Equal(DataFlow.Migrations.Risk.RiskCodes.UniqueAdded, risk.Findings.Select(f => f.Code).First(c => c == DataFlow.Migrations.Risk.RiskCodes.UniqueAdded));

        var error = await FailsAsync(db, new { table = "users", operation = "add_constraint", constraint_type = "unique", column_name = "email", constraint_name = "users_email_key" });
        Assert.Equal(ErrorCodes.SchemaStatementFailed, error.Code);
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users"));

        await ExecuteAsync("UPDATE users SET email = 'ed2@x.com' WHERE id = 6");
        await RunAsync(db, new { table = "users", operation = "add_constraint", constraint_type = "unique", column_name = "email", constraint_name = "users_email_key" });
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("INSERT INTO users (id, name, email) VALUES (30, 'dup', 'ada@x.com')"));

        await RunAsync(db, new { table = "users", operation = "drop_constraint", constraint_name = "users_email_key" });
        await ExecuteAsync("INSERT INTO users (id, name, email) VALUES (30, 'dup', 'ada@x.com')");
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM users WHERE email = 'ada@x.com'"));
    }

    [Fact]
    public async Task Check_constraint_from_the_safe_expression_language_is_enforced_and_can_be_dropped()
    {
        await using var db = await UsersAsync();

        var output = await RunAsync(db, new { table = "users", operation = "add_constraint", constraint_type = "check", constraint_name = "score_range", expression = "score >= 0 AND name <> 'it''s'" });
        var bad = await FailsAsync(db, new { table = "users", operation = "add_constraint", constraint_type = "check", expression = "score; DROP TABLE users" });

        Assert.StartsWith("DF-EXPR-", bad.Code, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("UPDATE users SET score = -1 WHERE id = 1"));
        Assert.Equal(10L, Convert.ToInt64(await ScalarAsync("SELECT score FROM users WHERE id = 1"), CultureInfo.InvariantCulture));
        Assert.Contains(IsPostgres ? "constraint_without_not_valid" : "table_rebuild", Codes(output));

        await RunAsync(db, new { table = "users", operation = "drop_constraint", constraint_name = "score_range" });
        await ExecuteAsync("UPDATE users SET score = -1 WHERE id = 1");
        Assert.Equal(-1L, Convert.ToInt64(await ScalarAsync("SELECT score FROM users WHERE id = 1"), CultureInfo.InvariantCulture));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public async Task Foreign_key_constraint_rejects_orphans_and_keeps_the_rows()
    {
        await using var db = await UsersAsync();
        await ExecuteAsync("CREATE TABLE orders (id integer PRIMARY KEY, user_id integer, amount integer); INSERT INTO orders VALUES (1, 1, 100), (2, 2, 200);");

        var output = await RunAsync(db, new { table = "orders", operation = "add_constraint", constraint_type = "foreign_key", column_name = "user_id", references = "users(id)", not_valid = true });

        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM orders"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(IsPostgres ? "INSERT INTO orders VALUES (3, 99, 1)" : "PRAGMA foreign_keys = ON; INSERT INTO orders VALUES (3, 99, 1)"));
        await ExecuteAsync("INSERT INTO orders VALUES (3, 3, 300)");
        if (IsPostgres)
        {
            Assert.Equal(2, Sql(output).Count);
            Assert.EndsWith("NOT VALID", Sql(output)[0], StringComparison.Ordinal);
            Assert.Contains("VALIDATE CONSTRAINT", Sql(output)[1], StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(Sql(output), s => s.Contains("REFERENCES", StringComparison.Ordinal));
        }

        Assert.Equal(IsPostgres ? "LOW" : "HIGH", Risk(output)["level"]);
    }

    [Fact]
    public async Task Create_and_drop_index_with_unique_and_postgres_concurrently()
    {
        await using var db = await UsersAsync();

        var created = await RunAsync(db, new { table = "users", operation = "create_index", columns = new[] { "name", "score" }, index_name = "ix_users_name_score", concurrently = true });
        Assert.Equal(1, await CountAsync(IndexCountSql("ix_users_name_score")));
        Assert.Equal(IsPostgres, Assert.Single(Sql(created)).Contains("CONCURRENTLY", StringComparison.Ordinal));
        Assert.DoesNotContain("index_without_concurrently", Codes(created));

        var unique = await RunAsync(db, new { table = "users", operation = "create_index", column_name = "name", unique = true });
        Assert.Equal(1, await CountAsync(IndexCountSql("ix_users_name")));
        Assert.Contains("unique_added", Codes(unique));
        Assert.Equal(IsPostgres, Codes(unique).Contains("index_without_concurrently"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("INSERT INTO users (id, name) VALUES (40, 'ada')"));

        await RunAsync(db, new { table = "users", operation = "drop_index", index_name = "ix_users_name_score", concurrently = true });
        await RunAsync(db, new { table = "users", operation = "drop_index", index_name = "ix_users_name" });
        Assert.Equal(0, await CountAsync(IndexCountSql("ix_users_name_score")));
        Assert.Equal(0, await CountAsync(IndexCountSql("ix_users_name")));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public async Task Unknown_and_unstorable_types_and_bad_parameters_are_schema_errors()
    {
        await using var db = await UsersAsync();

        var unknown = await FailsAsync(db, new { table = "users", operation = "add_column", column_name = "x", column_type = "geometry" });
        var missing = await FailsAsync(db, new { table = "users", operation = "rename_column", column_name = "email" });
        var column = await FailsAsync(db, new { table = "users", operation = "drop_column", column_name = "emial", confirm_data_loss = true });

        Assert.Equal(ErrorCodes.SchemaColumnType, unknown.Code);
        if (!IsPostgres)
        {
            var interval = await FailsAsync(db, new { table = "users", operation = "add_column", column_name = "x", column_type = "interval" });
            Assert.Equal(ErrorCodes.SchemaColumnType, interval.Code);
            Assert.Contains("SQLite", interval.Message, StringComparison.Ordinal);
        }

        Assert.Equal(ErrorCodes.SchemaOperationParameter, missing.Code);
        Assert.Equal(ErrorCodes.NodeColumnNotFound, column.Code);
        Assert.Contains("email", column.Message, StringComparison.Ordinal);
        Assert.Equal("id,name,email,score", await ColumnsAsync("users"));
    }

    [Fact]
    public async Task Every_operation_is_refused_in_existing_schema_mode_and_nothing_changes()
    {
        await using var db = await UsersAsync(existingSchemaMode: true);
        await ExecuteAsync("CREATE INDEX ix_users_score ON users (score)");
        object[] operations =
        [
            new { table = "users", operation = "add_column", column_name = "phone", column_type = "text" },
            new { table = "users", operation = "drop_column", column_name = "score", confirm_data_loss = true },
            new { table = "users", operation = "rename_column", column_name = "email", new_name = "mail" },
            new { table = "users", operation = "alter_column_type", column_name = "name", column_type = "text" },
            new { table = "users", operation = "set_default", column_name = "score", default_value = 1 },
            new { table = "users", operation = "drop_default", column_name = "score" },
            new { table = "users", operation = "add_constraint", constraint_type = "check", expression = "score > 0" },
            new { table = "users", operation = "drop_constraint", constraint_type = "not_null", column_name = "name" },
            new { table = "users", operation = "create_index", column_name = "email" },
            new { table = "users", operation = "drop_index", index_name = "ix_users_score" },
            new { table = "users", operation = "rename_table", new_name = "members" },
        ];

        foreach (var operation in operations)
        {
            var error = await FailsAsync(db, operation);
            Assert.Equal(ErrorCodes.SchemaChangeBlocked, error.Code);
        }

        var tracked = await FailsAsync(db, new { migration_name = "blocked", status = "pending" }, "MigrationNode");
        var status = await RunAsync(db, new { migration_name = "blocked", action = "check_status" }, "MigrationNode");

        Assert.Equal(ErrorCodes.SchemaChangeBlocked, tracked.Code);
        Assert.Equal("pending", status["migration_status"]);
        Assert.Equal("id,name,email,score", await ColumnsAsync("users"));
        Assert.Equal(1, await CountAsync(IndexCountSql("ix_users_score")));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM users WHERE name IS NOT NULL"));
        Assert.Equal(0, await CountAsync(IsPostgres
            ? "SELECT CASE WHEN to_regclass('dataflow_migrations') IS NULL THEN 0 ELSE (xpath('/row/c/text()', query_to_xml('SELECT COUNT(*) AS c FROM dataflow_migrations WHERE name = ''blocked''', false, true, '')))[1]::text::int END"
            : "SELECT COUNT(*) FROM sqlite_master WHERE name = 'dataflow_migrations'"));
    }

    [Fact]
    public async Task A_migration_script_is_assessed_per_statement_with_data_facts_from_this_database()
    {
        await using var db = await UsersAsync();

        var risks = await new DataFlow.Migrations.Risk.RiskAssessmentEngine(db).AssessScriptAsync("""
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
            ALTER TABLE users ALTER COLUMN email TYPE varchar(8);
            ALTER TABLE users ADD CONSTRAINT score_positive CHECK (score > 0) NOT VALID;
            ALTER TABLE missing ADD COLUMN x integer;
            ANALYZE users;
            """);

        Assert.Equal(6, risks.Count);
        Assert.Equal(1, risks[0].Risk.Facts.Single(f => f.Name == "null_count").Value);
        Assert.Equal(1, risks[1].Risk.Facts.Single(f => f.Name == "duplicate_count").Value);
        Assert.Equal(2, risks[2].Risk.Facts.Single(f => f.Name == "values_too_long").Value);
        Assert.Equal(DataFlow.Migrations.Risk.RiskCodes.TypeNarrowing, risks[2].Risk.Findings[0].Code);
        Assert.Equal(DataFlow.Migrations.Risk.RiskLevel.Low, risks[3].Risk.Level);
        Assert.Contains("no data facts", risks[4].Note, StringComparison.Ordinal);
        Assert.False(risks[5].Assessed);
        Assert.Equal("id,name,email,score", await ColumnsAsync("users"));
    }

    [Fact]
    public async Task Existing_names_are_refused_and_a_cascading_foreign_key_given_as_table_dot_column_deletes_children()
    {
        await using var db = await UsersAsync();
        await ExecuteAsync("CREATE TABLE orders (id integer PRIMARY KEY, user_id integer, amount decimal(8,2)); INSERT INTO orders VALUES (1, 1, 100.5), (2, 2, 20);");

        var exists = await FailsAsync(db, new { table = "users", operation = "add_column", column_name = "email", column_type = "text" });
        var taken = await FailsAsync(db, new { table = "users", operation = "rename_column", column_name = "name", new_name = "email" });
        await RunAsync(db, new { table = "orders", operation = "add_constraint", constraint_type = "foreign_key", column_name = "user_id", references = "users.id", on_delete = "cascade" });
        var risk = await new DataFlow.Migrations.Risk.RiskAssessmentEngine(db).AssessAsync(new DataFlow.Nodes.SchemaChanges.SchemaOperation
        { Table = "orders", Operation = "alter_column_type", ColumnName = "amount", ColumnType = "decimal(4,2)" });

        Assert.Equal(ErrorCodes.SchemaObjectNotFound, exists.Code);
        Assert.Equal(ErrorCodes.SchemaObjectNotFound, taken.Code);
        Assert.Equal(1, risk.Facts.Single(f => f.Name == "values_out_of_range").Value);
        Assert.Equal(DataFlow.Migrations.Risk.RiskCodes.TypeNarrowing, risk.Findings[0].Code);
        await ExecuteAsync(IsPostgres ? "DELETE FROM users WHERE id = 1" : "PRAGMA foreign_keys = ON; DELETE FROM users WHERE id = 1");
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM orders"));
        Assert.Equal(2L, Convert.ToInt64(await ScalarAsync("SELECT user_id FROM orders"), CultureInfo.InvariantCulture));
    }
}
