using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

/// <summary>Ordering barriers (<see cref="Node.OrdersLaterNodes"/>): implicit dependencies by insertion order, without connections.</summary>
public class OrderingBarrierTests
{
    private static CodeNode Step() => new(async (_, ct) =>
    {
        await Task.Delay(10, ct);
        return "step";
    });

    private static async Task<List<string>> LinesAsync(Workflow workflow, int maxConcurrency = 4)
    {
        var progress = new ProgressRecorder();
        await new LocalRuntime(new LocalRuntimeOptions { MaxConcurrency = maxConcurrency, Progress = progress }).ExecuteAsync(workflow).WaitAsync(TimeSpan.FromSeconds(10));
        return [.. progress.Lines];
    }

    private static void Before(List<string> lines, string first, string then) =>
        Assert.True(lines.IndexOf(first) >= 0 && lines.IndexOf(first) < lines.IndexOf(then), $"expected '{first}' before '{then}': {string.Join(", ", lines)}");

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    public async Task Nodes_added_after_a_barrier_never_start_before_it_has_finished_even_with_MaxConcurrency_above_one(int maxConcurrency)
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new BarrierNode(), "scope")
            .AddNode(Step(), "a").AddNode(Step(), "b").AddNode(Step(), "c")
            .Build();

        var lines = await LinesAsync(workflow, maxConcurrency);

        Assert.Equal(["Started scope", "Finished scope"], lines.Take(2));
        Assert.Equal(8, lines.Count);
    }

    [Fact]
    public async Task Nodes_between_two_barriers_still_run_concurrently_with_each_other()
    {
        // Each waits for the other to have started: run one after the other, they never finish.
        var left = new TaskCompletionSource();
        var right = new TaskCompletionSource();
        var workflow = new WorkflowBuilder()
            .AddNode(new BarrierNode(), "scope")
            .AddNode(new CodeNode(async (_, ct) => { left.SetResult(); await right.Task.WaitAsync(ct); return "left"; }), "left")
            .AddNode(new CodeNode(async (_, ct) => { right.SetResult(); await left.Task.WaitAsync(ct); return "right"; }), "right")
            .Build();

        var lines = await LinesAsync(workflow);

        Assert.Equal(6, lines.Count);
    }

    [Fact]
    public async Task A_node_added_before_a_barrier_is_not_ordered_after_it_the_barrier_waits_for_it()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(Step(), "before")
            .AddNode(new BarrierNode(), "scope")
            .AddNode(Step(), "after")
            .Build();

        var lines = await LinesAsync(workflow);

        Assert.Equal(["Started before", "Finished before", "Started scope", "Finished scope", "Started after", "Finished after"], lines);
    }

    [Fact]
    public async Task A_commit_barrier_added_after_the_writes_runs_after_all_of_them_and_later_nodes_after_it()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new BarrierNode(), "scope")
            .AddNode(Step(), "write1").AddNode(Step(), "write2").AddNode(Step(), "write3")
            .AddNode(new BarrierNode(), "commit")
            .AddNode(Step(), "report")
            .Build();

        var lines = await LinesAsync(workflow);

        foreach (var write in new[] { "write1", "write2", "write3" })
        {
            Before(lines, "Finished scope", $"Started {write}");
            Before(lines, $"Finished {write}", "Started commit");
        }

        Before(lines, "Finished commit", "Started report");
    }

    [Fact]
    public async Task Implicit_dependencies_bind_no_inputs_and_do_not_change_skipping()
    {
        var workflow = new WorkflowBuilder()
            .AddNode("DataNode", "order", new { data = new { total = 5 } })
            .AddNode("SwitchNode", "route", new { condition_field = "total", @operator = ">", value = 100 })
            .AddNode(new BarrierNode(), "scope")
            .AddNode(new CodeNode(inputs => inputs.Count), "unconnected")
            .AddNode("LogNode", "big", new { message = "big" })
            .AddNode("LogNode", "small", new { message = "small" })
            .AddConnection("order", "result", "route", "input_data")
            .AddConnection("route", "true_output", "scope", "input")
            .AddConnection("route", "true_output", "big", "input")
            .AddConnection("route", "false_output", "small", "input")
            .Build();

        var result = await new LocalRuntime().ExecuteAsync(workflow);

        Assert.Equal(NodeStatus.Skipped, result.Node("scope").Status);
        Assert.Equal(NodeStatus.Completed, result.Node("unconnected").Status);
        Assert.Equal(0, result.Results["unconnected"]["result"]);
        Assert.Equal(NodeStatus.Skipped, result.Node("big").Status);
        Assert.Equal(NodeStatus.Completed, result.Node("small").Status);
    }

    [Fact]
    public async Task A_node_added_after_a_barrier_that_feeds_it_through_a_connection_runs_before_it()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(new BarrierNode(), "scope")
            .AddNode(Step(), "config")
            .AddNode(Step(), "write")
            .AddConnection("config", "result", "scope", "settings")
            .Build();

        var lines = await LinesAsync(workflow);

        Before(lines, "Finished config", "Started scope");
        Before(lines, "Finished scope", "Started write");
    }

    [Fact]
    public async Task A_node_added_before_a_barrier_that_reads_it_through_a_connection_runs_after_it()
    {
        var workflow = new WorkflowBuilder()
            .AddNode(Step(), "early")
            .AddNode(new BarrierNode(), "scope")
            .AddConnection("scope", "result", "early", "x")
            .Build();

        var lines = await LinesAsync(workflow);

        Assert.Equal(["Started scope", "Finished scope", "Started early", "Finished early"], lines);
    }

    [Fact]
    public void A_node_added_before_a_barrier_that_reads_a_node_added_after_it_is_refused_with_DF_WF_020()
    {
        var builder = new WorkflowBuilder()
            .AddNode(new CodeNode(inputs => inputs["x"]), "early")
            .AddNode(new BarrierNode(), "scope")
            .AddNode(Step(), "late")
            .AddConnection("late", "result", "early", "x");

        var error = Assert.Throws<WorkflowValidationException>(() => builder.Build());

        Assert.Equal(ErrorCodes.BarrierOrderConflict, error.Code);
        Assert.Equal("scope", error.NodeId);
        Assert.Contains("scope → late → early → scope", error.Message, StringComparison.Ordinal);
    }
}
