using DataFlow.Tests.Workflows.Support;
using DataFlow.Workflows;
using Microsoft.Extensions.Logging;

namespace DataFlow.Tests.Workflows;

public class ProgressAndLoggingTests
{
    private static Workflow Routed() => new WorkflowBuilder()
        .AddNode("DataNode", "order", new { data = new { total = 5 } })
        .AddNode("SwitchNode", "route", new { condition_field = "total", @operator = ">", value = 100 })
        .AddNode("LogNode", "big", new { message = "big order" })
        .AddNode("LogNode", "small", new { message = "small order", level = "warning" })
        .AddConnection("order", "result", "route", "input_data")
        .AddConnection("route", "true_output", "big", "input")
        .AddConnection("route", "false_output", "small", "input")
        .Build();

    [Fact]
    public async Task Progress_reports_started_finished_and_skipped_for_every_node_in_order()
    {
        var progress = new ProgressRecorder();

        var result = await new LocalRuntime(new LocalRuntimeOptions { Progress = progress }).ExecuteAsync(Routed());

        Assert.Equal(
            ["Started order", "Finished order", "Started route", "Finished route", "Skipped big", "Started small", "Finished small"],
            progress.Lines);
        Assert.All(progress.Events, e => Assert.Equal(result.RunId, e.RunId));
        Assert.Equal("LogNode", progress.Events[^1].NodeType);
    }

    [Fact]
    public async Task Nodes_report_steps_between_their_start_and_finish_and_reports_never_overlap()
    {
        var inside = 0;
        var overlapped = false;
        var events = new List<NodeProgress>();
        var progress = new Progress(e =>
        {
            overlapped |= Interlocked.Increment(ref inside) > 1;
            events.Add(e);
            Thread.Sleep(1);
            Interlocked.Decrement(ref inside);
        });
        var workflow = new WorkflowBuilder().AddNode(new StepsNode(), "a").AddNode(new StepsNode(), "b").Build();

        await new LocalRuntime(new LocalRuntimeOptions { Progress = progress, MaxConcurrency = 2 }).ExecuteAsync(workflow);

        Assert.False(overlapped);
        foreach (var node in new[] { "a", "b" })
        {
            var mine = events.Where(e => e.NodeId == node).ToList();
            Assert.Equal(NodeProgressKind.Started, mine[0].Kind);
            Assert.Equal(NodeProgressKind.Finished, mine[^1].Kind);
            Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), mine.Where(e => e.Kind == NodeProgressKind.Progress).Select(e => e.Completed).Order());
            Assert.All(mine.Where(e => e.Kind == NodeProgressKind.Progress), e => Assert.Equal(20, e.Total));
        }
    }

    [Fact]
    public async Task Progress_reports_a_failure_with_its_error()
    {
        var progress = new ProgressRecorder();
        var workflow = new WorkflowBuilder().AddNode(new CodeNode(_ => throw new InvalidOperationException("nope")), "bad").Build();

        await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(new LocalRuntimeOptions { Progress = progress }).ExecuteAsync(workflow));

        Assert.Equal(["Started bad", "Failed bad"], progress.Lines);
        Assert.Equal("nope", progress.Events[1].Error?.Message);
    }

    [Fact]
    public async Task The_runtime_logs_through_the_database_s_logger_factory_and_LogNode_writes_its_message()
    {
        var logs = new ListLoggerFactory();
        await using var db = new DataFlowDb(new DataFlowOptions { DatabaseUrl = "sqlite:///app.db", LoggerFactory = logs });

        var result = await new LocalRuntime(db).ExecuteAsync(Routed());

        Assert.All(logs.Entries, e => Assert.Equal("DataFlow.Workflows", e.Category));
        Assert.Contains(logs.Entries, e => e.EventId == 2000 && e.Message.Contains(result.RunId, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.EventId == 2012 && e.Message.StartsWith("Node big (LogNode) skipped", StringComparison.Ordinal));
        var message = Assert.Single(logs.Entries, e => e.EventId == 2100);
        Assert.Equal(LogLevel.Warning, message.Level);
        Assert.Equal("small: small order {\"total\":5}", message.Message);
        Assert.Contains(logs.Entries, e => e.EventId == 2001 && e.Message.Contains("3 nodes completed, 1 skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_node_is_logged_as_an_error_with_its_exception()
    {
        var logs = new ListLoggerFactory();
        var workflow = new WorkflowBuilder().AddNode(new CodeNode(_ => throw new InvalidOperationException("nope")), "bad").Build();

        await Assert.ThrowsAsync<WorkflowExecutionException>(() => new LocalRuntime(new LocalRuntimeOptions { LoggerFactory = logs }).ExecuteAsync(workflow));

        Assert.Contains(logs.Entries, e => e.EventId == 2013 && e.Level == LogLevel.Error);
        Assert.Contains(logs.Entries, e => e.EventId == 2002 && e.Message.Contains("failed at node bad", StringComparison.Ordinal));
    }

    [Fact]
    public void MaxConcurrency_below_one_is_refused()
    {
        var error = Assert.Throws<DataFlowConfigurationException>(() => new LocalRuntime(new LocalRuntimeOptions { MaxConcurrency = 0 }));

        Assert.Equal(ErrorCodes.InvalidOption, error.Code);
    }

    /// <summary>Reports 20 steps from thread-pool threads, several at once.</summary>
    private sealed class StepsNode : Node
    {
        public override async ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
        {
            await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => context.ReportProgress(i, 20, "step " + i), cancellationToken)));
            return NodeOutput.Result(20);
        }
    }

    private sealed class Progress(Action<NodeProgress> handler) : IProgress<NodeProgress>
    {
        public void Report(NodeProgress value) => handler(value);
    }
}
