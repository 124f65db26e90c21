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
}
