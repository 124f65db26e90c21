using DataFlow.Tests.Infrastructure;
using DataFlow.Workflows;

namespace DataFlow.Tests.DataNodes;

/// <summary>The examples of docs/schema-nodes.md (data nodes section), run as written on SQLite.</summary>
public sealed class SchemaNodesDocsTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public SchemaNodesDocsTests() => _database.Execute("""
        CREATE TABLE orders (id integer PRIMARY KEY, subtotal DECIMAL(10,2), tax DECIMAL(10,2), shipping DECIMAL(10,2),
          email varchar(100), status varchar(20), total_amount DECIMAL(10,2), email_address varchar(100));
        CREATE TABLE order_archive (id integer PRIMARY KEY, total DECIMAL(10,2), contact varchar(100));
        CREATE TABLE test_users (id integer PRIMARY KEY, test_field varchar(50));
        INSERT INTO orders (id, subtotal, tax, shipping, email, status) VALUES (1, 10, 1, NULL, 'a@x.org', 'paid'), (2, 20, 2, 3, 'b@x.org', 'open');
        """);

    [Fact]
    public async Task The_expression_error_example_reads_as_documented()
    {
        await using var db = new DataFlowDb(_database.Url);
        var workflow = new WorkflowBuilder(db).AddNode("DataBackfillNode", "b", new { table = "orders", update_field = "total_amount", calculation = "subtotl + tax" }).Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(workflow));

        var inner = Assert.IsType<DataFlowExpressionException>(error.InnerException);
        var expected = string.Join(Environment.NewLine,
            "DF-EXPR-002: calculation: 'subtotl' at character 1 is not a column of orders. Did you mean 'subtotal'?",
            "    subtotl + tax",
            "    ^",
            "  hint: Columns: id, subtotal, tax, shipping, email, status, total_amount, email_address. Write a name that is also a keyword, or has other characters, in double quotes: \"end\".");
        Assert.Equal(expected, inner.Describe());
    }

    [Fact]
    public async Task The_backfill_migration_validation_and_monitoring_examples_run()
    {
        await using var db = new DataFlowDb(_database.Url);
        var progress = new List<NodeProgress>();

        var workflow = new WorkflowBuilder(db)
            .AddNode("DataBackfillNode", "phase2_backfill", new
            {
                table = "orders",
                update_field = "total_amount",
                calculation = "subtotal + tax + COALESCE(shipping, 0)",
                batch_size = 1000,
            })
            .Build();
        var (results, _) = await new LocalRuntime(db, new LocalRuntimeOptions { Progress = new Collect(progress) }).ExecuteAsync(workflow);
        long updated = (long)results["phase2_backfill"]["rows_updated"]!;

        var archive = new WorkflowBuilder(db)
            .AddNode("DataMigrationNode", "archive", new
            {
                source_table = "orders",
                target_table = "order_archive",
                field_mapping = new Dictionary<string, object?> { ["id"] = "id", ["subtotal + tax"] = "total", ["UPPER(email)"] = "contact" },
                where = "status = 'paid'",
            });
        var verify = new WorkflowBuilder(db)
            .AddNode("ValidationNode", "verify", new { check_column_exists = true, table = "test_users", column = "test_field" });
        var metrics = new[] { "query_performance", "table_size", "index_usage" };
        var monitor = new WorkflowBuilder(db)
            .AddNode("MonitoringNode", "pre_migration_metrics", new { capture_metrics = metrics })
            .AddNode("DataBackfillNode", "perform_migration", new { table = "orders", update_field = "total_amount", calculation = "subtotal + tax" })
            .AddNode("MonitoringNode", "post_migration_metrics", new { capture_metrics = metrics, alert_on_degradation = true })
            .AddConnection("pre_migration_metrics", "result", "perform_migration", "input")
            .AddConnection("perform_migration", "result", "post_migration_metrics", "input")
            .AddConnection("pre_migration_metrics", "metrics", "post_migration_metrics", "compare_with");
        var runtime = new LocalRuntime(db);
        var (archived, _) = await runtime.ExecuteAsync(archive.Build());
        var (verified, _) = await runtime.ExecuteAsync(verify.Build());
        var (monitored, _) = await runtime.ExecuteAsync(monitor.Build());

        Assert.Equal(2, updated);
        Assert.Contains(progress, p => p.Kind == NodeProgressKind.Progress);
        Assert.Equal(1L, archived["archive"]["rows_copied"]);
        Assert.True((bool)verified["verify"]["passed"]!);
        Assert.Equal(1L, monitored["perform_migration"]["rows_updated"]); // order 1 (no shipping) already holds subtotal + tax
        Assert.False((bool)monitored["post_migration_metrics"]["degraded"]!);
        Assert.Equal(22.0, _database.Scalar<double>("SELECT total_amount FROM orders WHERE id = 2"));
    }

    public void Dispose() => _database.Dispose();

    private sealed class Collect(List<NodeProgress> events) : IProgress<NodeProgress>
    {
        public void Report(NodeProgress value) => events.Add(value);
    }
}
