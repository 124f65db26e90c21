using System.Globalization;
using System.Runtime.InteropServices;
using DataFlow.Workflows;

namespace DataFlow.Bench.Workflows;

/// <summary>
/// Engine overhead of the workflow runtime: a one-node workflow run repeatedly, and chains and ladders of
/// trivial nodes built, validated and run, each against the same node bodies called directly in a loop.
/// </summary>
internal sealed class WorkflowBenchmark(WorkflowBenchOptions options)
{
    private readonly Sampler _sampler = new(options.Runs, options.SampleMs, options.WarmupMs);
    private readonly LocalRuntime _runtime = new();

    public void Run()
    {
        var loadAtStart = LoadAverage();
        Console.Error.WriteLine("workflows: one-node runs");
        var singleWorkflow = WorkflowShapes.Build(WorkflowShape.Chain, 1, ["single"]);
        var single = (Run: _sampler.Measure(() => Execute(singleWorkflow)), Direct: _sampler.Measure(() => IncrementNode.Step(0, 0)));

        var cases = new List<WorkflowCase>();
        foreach (var shape in new[] { WorkflowShape.Chain, WorkflowShape.Ladder })
        {
            foreach (var nodes in options.Sizes)
            {
                Console.Error.WriteLine($"workflows: {shape} of {nodes:N0} nodes");
                cases.Add(Measure(shape, nodes));
            }
        }

        var environment = $"{Environment.ProcessorCount} cores ({RuntimeInformation.ProcessArchitecture}), {RuntimeInformation.OSDescription}, " +
                          $"{RuntimeInformation.FrameworkDescription}, load average {loadAtStart} at start, {LoadAverage()} at end";
        var report = WorkflowBenchReport.Render(single, cases, environment, options);
        Console.WriteLine(report);
        if (options.OutputFile is { } file)
        {
            File.WriteAllText(file, report);
        }
    }

    private WorkflowCase Measure(WorkflowShape shape, int nodes)
    {
        var ids = Enumerable.Range(0, nodes).Select(i => "n" + i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();
        var built = WorkflowShapes.Build(shape, nodes, ids);
        var expected = WorkflowShapes.Direct(shape, nodes);
        var actual = Execute(built).Results[ids[^1]]["result"];
        if (!Equals(actual, expected))
        {
            throw new InvalidOperationException($"{shape} of {nodes}: the engine computed {actual}, the direct loop {expected}");
        }

        return new WorkflowCase(
            shape,
            nodes,
            WorkflowShapes.Connections(shape, nodes),
            Build: _sampler.Measure(() => WorkflowShapes.Build(shape, nodes, ids)),
            Run: _sampler.Measure(() => Execute(built)),
            Total: _sampler.Measure(() => Execute(WorkflowShapes.Build(shape, nodes, ids))),
            TotalColdMs: _sampler.MeasureColdMs(() => Execute(WorkflowShapes.Build(shape, nodes, ids))),
            Direct: _sampler.Measure(() => WorkflowShapes.Direct(shape, nodes)));
    }

    /// <summary>Runs a workflow of synchronous nodes; it completes on this thread, without scheduling.</summary>
    private WorkflowResult Execute(Workflow workflow)
    {
        var run = _runtime.ExecuteAsync(workflow);
        return run.IsCompletedSuccessfully ? run.Result : throw new InvalidOperationException("A workflow of synchronous nodes did not complete synchronously.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
