using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;

namespace DataFlow.Tests.Models;

/// <summary>The seeds' shape: model nodes added after a TransactionScopeNode, with no connections, run inside its transaction.</summary>
public abstract partial class ModelSpec
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Inserts_added_after_a_TransactionScopeNode_without_connections_roll_back_when_a_later_node_fails_and_commit_on_success(bool fail)
    {
        await using var db = await RegisteredAsync();
        var written = new WhenFinished("first", "products");
        var workflow = new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "test_migration", new { rollback_on_error = true })
            .AddNode("UserCreateNode", "first", new { email = "ada@example.com" })
            .AddNode("ProductBulkCreateNode", "products", new { data = new[] { new { sku = "A", title = "a" } } })
            .AddNode(new CodeNode(async (_, ct) =>
            {
                await written.Task.WaitAsync(ct); // both inserts are done (and still uncommitted) when this node decides
                return fail ? throw new InvalidOperationException("verification failed") : "verified";
            }), "verify")
            .Build();
        var runtime = new LocalRuntime(db, new LocalRuntimeOptions { MaxConcurrency = 4, Progress = written });

        if (fail)
        {
            var failure = await Assert.ThrowsAsync<WorkflowExecutionException>(() => runtime.ExecuteAsync(workflow));
            Assert.Equal("verify", failure.NodeId);
        }
        else
        {
            await runtime.ExecuteAsync(workflow);
        }

        Assert.Equal(fail ? 0 : 1, await Database.CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(fail ? 0 : 1, await Database.CountAsync("SELECT count(*) FROM products"));
    }

    [Fact]
    public async Task A_TransactionCommitNode_added_after_the_writes_commits_them_and_a_later_failure_keeps_them()
    {
        await using var db = await RegisteredAsync();
        var workflow = new WorkflowBuilder()
            .AddNode("TransactionScopeNode", "tx")
            .AddNode("UserCreateNode", "ada", new { email = "ada@example.com" })
            .AddNode("UserCreateNode", "grace", new { email = "grace@example.com" })
            .AddNode("TransactionCommitNode", "commit")
            .AddNode(new CodeNode(_ => throw new InvalidOperationException("after the commit")), "later")
            .Build();

        var progress = new ProgressRecorder();

        var failure = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(db, new LocalRuntimeOptions { MaxConcurrency = 4, Progress = progress }).ExecuteAsync(workflow));

        var lines = progress.Lines.ToList();
        Assert.True(lines.IndexOf("Finished ada") < lines.IndexOf("Started commit"), string.Join(", ", lines));
        Assert.True(lines.IndexOf("Finished grace") < lines.IndexOf("Started commit"), string.Join(", ", lines));
        Assert.True(lines.IndexOf("Finished commit") < lines.IndexOf("Started later"), string.Join(", ", lines));
        Assert.Equal("later", failure.NodeId);
        Assert.Equal(NodeStatus.Completed, failure.Result.Node("commit").Status);
        Assert.Equal(["ada@example.com", "grace@example.com"], Emails(await db.Express.ListAsync("users")).Order(StringComparer.Ordinal));
    }

    /// <summary>Completes when every named node has reported <see cref="NodeProgressKind.Finished"/>.</summary>
    private sealed class WhenFinished(params string[] nodeIds) : IProgress<NodeProgress>
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _left = nodeIds.Length;

        public Task Task => _done.Task;

        public void Report(NodeProgress value)
        {
            if (value.Kind == NodeProgressKind.Finished && nodeIds.Contains(value.NodeId) && Interlocked.Decrement(ref _left) == 0)
            {
                _done.TrySetResult();
            }
        }
    }
}
