using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows;

public class ConcurrencyTests
{
    [Fact]
    public async Task Independent_asynchronous_branches_are_in_flight_at_the_same_time()
    {
        // Each branch waits for the other to have started: run one after the other, they never finish.
        var left = new TaskCompletionSource();
        var right = new TaskCompletionSource();
        var workflow = new WorkflowBuilder()
            .AddNode(new CodeNode(async (_, ct) => { left.SetResult(); await right.Task.WaitAsync(ct); return "left"; }), "left")
            .AddNode(new CodeNode(async (_, ct) => { right.SetResult(); await left.Task.WaitAsync(ct); return "right"; }), "right")
            .AddNode(new CodeNode(inputs => $"{inputs["a"]}+{inputs["b"]}"), "join")
            .AddConnection("left", "result", "join", "a")
            .AddConnection("right", "result", "join", "b")
            .Build();

        var (results, _) = await new LocalRuntime().ExecuteAsync(workflow).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("left+right", results["join"]["result"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task No_more_asynchronous_nodes_than_MaxConcurrency_are_in_flight(int maxConcurrency)
    {
        // The first maxConcurrency branches wait until that many are in flight together; a runtime that allowed
        // fewer would hang (caught by the timeout), one that allowed more would show a higher peak.
        var inFlight = 0;
        var peak = 0;
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = new WorkflowBuilder();
        for (var i = 0; i < 8; i++)
        {
            builder.AddNode(new CodeNode(async (_, ct) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                if (now == maxConcurrency)
                {
                    enough.TrySetResult();
                }

                await enough.Task.WaitAsync(ct);
                await Task.Yield();
                Interlocked.Decrement(ref inFlight);
                return now;
            }), $"branch{i}");
        }

        var result = await new LocalRuntime(new LocalRuntimeOptions { MaxConcurrency = maxConcurrency }).ExecuteAsync(builder.Build()).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(8, result.Results.Count);
        Assert.Equal(maxConcurrency, peak);
    }

    [Fact]
    public async Task A_node_never_starts_before_the_nodes_it_reads_from_have_finished()
    {
        var finished = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        CodeNode Step(string name, params string[] after) => new(async (_, ct) =>
        {
            Assert.All(after, a => Assert.True(finished.ContainsKey(a), $"{name} started before {a} finished"));
            await Task.Yield();
            finished[name] = true;
            return name;
        });
        var workflow = new WorkflowBuilder()
            .AddNode(Step("a"), "a").AddNode(Step("b", "a"), "b").AddNode(Step("c", "a"), "c").AddNode(Step("d", "b", "c"), "d")
            .AddConnection("a", "result", "b", "x").AddConnection("a", "result", "c", "x")
            .AddConnection("b", "result", "d", "x").AddConnection("c", "result", "d", "y")
            .Build();

        var result = await new LocalRuntime().ExecuteAsync(workflow);

        Assert.Equal(4, result.Results.Count);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
