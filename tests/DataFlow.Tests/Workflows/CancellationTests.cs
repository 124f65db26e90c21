using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class CancellationTests
{
    [Fact]
    public async Task Cancelling_stops_a_running_node_promptly_and_nothing_after_it_starts()
    {
        var started = new TaskCompletionSource();
        var afterRan = false;
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(async (_, ct) => { started.SetResult(); await Task.Delay(Timeout.Infinite, ct); return 1; }), "wait")
            .AddNode(new CodeNode(_ => afterRan = true), "after")
            .AddConnection("wait", "result", "after", "input")
            .Build();
        using var cancellation = new CancellationTokenSource();

        var run = new LocalRuntime().ExecuteAsync(workflow, cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(afterRan);
    }

    [Fact]
    public async Task Cancelling_stops_the_run_even_when_a_node_ignores_the_token_between_nodes()
    {
        using var cancellation = new CancellationTokenSource();
        var count = 0;
        var builder = new WorkflowBuilder().AddNode(new CodeNode(_ => ++count), "n0");
        for (var i = 1; i < 100; i++)
        {
            builder.AddNode(new CodeNode(_ =>
            {
                if (++count == 10)
                {
                    cancellation.Cancel();
                }

                return count;
            }), $"n{i}").AddConnection($"n{i - 1}", "result", $"n{i}", "previous");
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LocalRuntime().ExecuteAsync(builder.Build(), cancellation.Token));

        Assert.Equal(10, count);
    }

    [Fact]
    public async Task An_already_cancelled_token_runs_no_node()
    {
        var ran = false;
        var workflow = new WorkflowBuilder().AddNode(new CodeNode(_ => ran = true), "work").Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LocalRuntime().ExecuteAsync(workflow, new CancellationToken(canceled: true)));

        Assert.False(ran);
    }

    [Fact]
    public async Task A_synchronous_node_that_observes_the_cancellation_ends_the_run_as_cancelled_not_completed()
    {
        using var cancellation = new CancellationTokenSource();
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(_ =>
            {
                cancellation.Cancel();
                cancellation.Token.ThrowIfCancellationRequested();
                return 1;
            }), "stops")
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LocalRuntime().ExecuteAsync(workflow, cancellation.Token));
    }
}
