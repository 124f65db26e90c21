using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class FailureTests
{
    [Fact]
    public async Task A_failure_in_the_middle_stops_the_run_and_reports_what_ran_and_what_did_not()
    {
        var ran = new List<string>();
        var workflow = new WorkflowBuilder(new NodeCatalog())
            .AddNode(new CodeNode(_ => { ran.Add("extract"); return 1; }), "extract")
            .AddNode(new CodeNode(_ => throw new InvalidOperationException("disk full")), "transform")
            .AddNode(new CodeNode(_ => { ran.Add("load"); return 3; }), "load")
            .AddConnection("extract", "result", "transform", "input")
            .AddConnection("transform", "result", "load", "input")
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime().ExecuteAsync(workflow));

        Assert.Equal(ErrorCodes.NodeFailed, error.Code);
        Assert.Equal("transform", error.NodeId);
        Assert.Contains($"Node 'transform' (CodeNode) failed in run {error.RunId}: disk full", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 of 3 nodes completed, 1 failed, 1 did not run.", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal(["extract"], ran);
        Assert.Equal(WorkflowStatus.Failed, error.Result.Status);
        Assert.Equal(
            [("extract", NodeStatus.Completed), ("transform", NodeStatus.Failed), ("load", NodeStatus.NotRun)],
            error.Result.Nodes.Select(n => (n.NodeId, n.Status)));
        Assert.Equal(1, error.Result.Results["extract"]["result"]);
        Assert.Same(error.InnerException, error.Result.Node("transform").Error);
    }

    [Fact]
    public async Task A_failing_asynchronous_node_stops_its_independent_sibling_through_cancellation()
    {
        var siblingStarted = new TaskCompletionSource();
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(async (_, ct) => { siblingStarted.SetResult(); await Task.Delay(Timeout.Infinite, ct); return null; }), "slow")
            .AddNode(new CodeNode(async (_, ct) => { await siblingStarted.Task.WaitAsync(ct); throw new TimeoutException("upstream timed out"); }), "failing")
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime().ExecuteAsync(workflow).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("failing", error.NodeId);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(NodeStatus.Cancelled, error.Result.Node("slow").Status);
        Assert.Equal(NodeStatus.Failed, error.Result.Node("failing").Status);
    }

    [Fact]
    public async Task A_node_error_with_a_DataFlow_hint_keeps_that_hint()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(_ => throw new DataFlowException("DF-TEST-001", "the table is gone", "Re-create the table.")), "query")
            .Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime().ExecuteAsync(workflow));

        Assert.Equal("Re-create the table.", error.Hint);
        Assert.Equal("DF-TEST-001", Assert.IsType<DataFlowException>(error.InnerException).Code);
    }

    [Fact]
    public async Task A_node_returning_null_instead_of_an_output_fails_with_a_clear_cause()
    {
        var workflow = new WorkflowBuilder().AddNode(new NullNode(), "broken").Build();

        var error = await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime().ExecuteAsync(workflow));

        Assert.Contains("NullNode.ExecuteAsync returned null instead of a NodeOutput", error.Message, StringComparison.Ordinal);
    }

    private sealed class NullNode : Node
    {
        public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default) => ValueTask.FromResult<NodeOutput>(null!);
    }
}
