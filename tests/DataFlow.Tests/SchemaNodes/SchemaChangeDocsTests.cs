using DataFlow.Migrations.Risk;
using DataFlow.Nodes.SchemaChanges;
using DataFlow.Tests.Infrastructure;
using DataFlow.Workflows;

namespace DataFlow.Tests.SchemaNodes;

/// <summary>The examples of docs/schema-nodes.md (schema changes section), run as written on SQLite.</summary>
public sealed class SchemaChangeDocsTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public SchemaChangeDocsTests() => _database.Execute("""
        CREATE TABLE orders (id integer PRIMARY KEY, subtotal DECIMAL(10,2), tax DECIMAL(10,2), shipping DECIMAL(10,2));
        INSERT INTO orders VALUES (1, 10, 1, NULL), (2, 20, 2, 3);
        CREATE TABLE users (id integer PRIMARY KEY, email text);
        INSERT INTO users VALUES (1, 'a@x.org'), (2, NULL);
        """);

    [Fact]
    public async Task The_zero_downtime_example_runs_and_reports_as_documented()
    {
        await using var db = new DataFlowDb(_database.Url);
        var workflow = new WorkflowBuilder(db)
            .AddNode("SchemaModificationNode", "phase1_add", new { table = "orders", operation = "add_column", column_name = "total_amount", column_type = "decimal(10,2)", nullable = true })
            .AddNode("DataBackfillNode", "phase2_backfill", new { table = "orders", update_field = "total_amount", calculation = "subtotal + tax + COALESCE(shipping, 0)", batch_size = 1000 })
            .AddNode("SchemaModificationNode", "phase3_constraint", new { table = "orders", operation = "add_constraint", constraint_type = "not_null", column_name = "total_amount" })
            .AddConnection("phase1_add", "result", "phase2_backfill", "input")
            .AddConnection("phase2_backfill", "result", "phase3_constraint", "input")
            .Build();
        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);
        var risk = (IReadOnlyDictionary<string, object?>)results["phase3_constraint"]["risk"]!;

        Assert.Equal("HIGH", risk["level"]);
        var nulls = ((IEnumerable<IReadOnlyDictionary<string, object?>>)risk["facts"]!).Single(f => (string)f["name"]! == "null_count");
        Assert.Equal(0L, nulls["value"]);
        Assert.Equal(11.0, _database.Scalar<double>("SELECT total_amount FROM orders WHERE id = 1"));
    }

    [Fact]
    public async Task The_migration_switch_example_applies_then_skips()
    {
        await using var db = new DataFlowDb(_database.Url);
        var workflow = new WorkflowBuilder(db)
            .AddNode("MigrationNode", "check_migration", new { migration_name = "user_table_v2", action = "check_status" })
            .AddNode("SwitchNode", "migration_decision", new { cases = new[] { "pending", "completed" } })
            .AddNode("SchemaModificationNode", "apply_migration", new { table = "users", operation = "add_column", column_name = "last_login", column_type = "timestamp", nullable = true })
            .AddNode("MigrationNode", "update_status", new { migration_name = "user_table_v2", status = "completed" })
            .AddNode("LogNode", "skip_migration", new { message = "Migration already applied" })
            .AddConnection("check_migration", "migration_status", "migration_decision", "input_data")
            .AddConnection("migration_decision", "case_pending", "apply_migration", "input")
            .AddConnection("migration_decision", "case_completed", "skip_migration", "input")
            .AddConnection("apply_migration", "result", "update_status", "input")
            .Build();

        var first = await new LocalRuntime(db).ExecuteAsync(workflow);
        var second = await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.Equal(NodeStatus.Completed, first.Node("apply_migration").Status);
        Assert.Equal(NodeStatus.Completed, second.Node("skip_migration").Status);
        Assert.Equal(NodeStatus.Skipped, second.Node("apply_migration").Status);
        Assert.Equal(1L, _database.Scalar<long>("SELECT COUNT(*) FROM pragma_table_info('users') WHERE name = 'last_login'"));
    }

    [Fact]
    public async Task The_risk_engine_example_reports_as_documented()
    {
        await using var db = new DataFlowDb(_database.Url);
        var engine = new RiskAssessmentEngine(db);
        RiskAssessment risk = await engine.AssessAsync(new SchemaOperation
            { Table = "users", Operation = "add_constraint", ConstraintType = "not_null", ColumnName = "email" });
        const string sql = "ALTER TABLE users DROP COLUMN email;";
        IReadOnlyList<StatementRisk> offline = RiskAssessmentEngine.AssessScript(sql, "postgresql");

        Assert.Equal(RiskLevel.High, risk.Level);
        Assert.Equal(RiskCodes.NotNullOnColumn, risk.Findings[0].Code);
        Assert.Equal(["row_count", "null_count"], risk.Facts.Select(f => f.Name));
        Assert.Equal(1, risk.Facts[1].Value);
        Assert.Equal(RiskLevel.Critical, Assert.Single(offline).Risk.Level);
    }

    public void Dispose() => _database.Dispose();
}
