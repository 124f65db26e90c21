using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>Workflow transactions: model nodes join the run's transaction.</summary>
public abstract partial class ModelSpec
{
    [Fact]
    public async Task A_failing_node_rolls_back_everything_the_run_wrote_inside_the_transaction()
    {
        await using var db = await RegisteredAsync();
        var workflow = new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx", new { rollback_on_error = true })
            .AddNode("UserCreateNode", "first", new { email = "ada@example.com" })
            .AddNode("ProductBulkCreateNode", "products", new { data = new[] { new { sku = "A", title = "a" } } })
            .AddNode("UserCreateNode", "duplicate", new { email = "ada@example.com" })
            .AddConnection("tx", "transaction", "first", "transaction")
            .AddConnection("first", "result", "products", "transaction")
            .AddConnection("products", "processed", "duplicate", "transaction")
            .Build();

        var failure = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(workflow));

        Assert.Equal("duplicate", failure.NodeId);
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM products"));
    }

    [Fact]
    public async Task Commit_and_savepoint_nodes_keep_what_they_should()
    {
        await using var db = await RegisteredAsync();
        var workflow = new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx", new { isolation_level = "serializable", timeout = 5 })
            .AddNode("UserCreateNode", "keep", new { email = "keep@example.com" })
            .AddNode("TransactionSavepointNode", "sp", new { name = "before_drop" })
            .AddNode("UserCreateNode", "drop", new { email = "drop@example.com" })
            .AddNode("TransactionRollbackNode", "undo", new { savepoint = "before_drop" })
            .AddNode("TransactionCommitNode", "commit")
            .AddConnection("tx", "transaction", "keep", "transaction")
            .AddConnection("keep", "result", "sp", "transaction")
            .AddConnection("sp", "transaction", "drop", "transaction")
            .AddConnection("drop", "result", "undo", "transaction")
            .AddConnection("undo", "rolled_back", "commit", "transaction")
            .Build();

        var (results, _) = await new LocalRuntime(db).ExecuteAsync(workflow);

        Assert.Equal(true, results["commit"]["committed"]);
        Assert.Equal(["keep@example.com"], Emails(await db.Express.ListAsync("users")));
    }

    [Fact]
    public async Task A_transaction_left_open_is_committed_when_the_run_succeeds_and_a_second_scope_is_refused()
    {
        await using var db = await RegisteredAsync();
        var committed = new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("UserCreateNode", "create", new { email = "ada@example.com" })
            .AddConnection("tx", "transaction", "create", "transaction")
            .Build();
        var twice = new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("TransactionScopeNode", "again")
            .AddNode("UserCreateNode", "create", new { email = "bob@example.com" })
            .AddConnection("tx", "transaction", "create", "transaction")
            .AddConnection("create", "result.active", "again", "rollback_on_error")
            .Build();

        await new LocalRuntime(db).ExecuteAsync(committed);
        var failure = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db).ExecuteAsync(twice));

        Assert.Equal(ErrorCodes.TransactionState, Assert.IsAssignableFrom<DataFlowException>(failure.InnerException).Code);
        Assert.Equal(["ada@example.com"], Emails(await db.Express.ListAsync("users")));
    }
}
