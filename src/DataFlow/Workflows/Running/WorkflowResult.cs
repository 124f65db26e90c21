namespace DataFlow.Workflows;

/// <summary>
/// What a run produced: <see cref="Results"/> (each completed node's output by id), the <see cref="RunId"/>,
/// and every node's status, duration and error. Deconstructs like the seeds' <c>results, run_id = runtime.execute(...)</c>.
/// </summary>
/// <example><c>var (results, runId) = await runtime.ExecuteAsync(workflow.Build());</c></example>
public sealed class WorkflowResult
{
    private readonly RunRecord _run;
    private IReadOnlyList<NodeRun>? _nodes;

    internal WorkflowResult(RunRecord run, WorkflowStatus status, TimeSpan duration)
    {
        _run = run;
        Status = status;
        Duration = duration;
        Results = new WorkflowResults(run);
    }

    /// <summary>The run's id (a GUID).</summary>
    public string RunId => _run.RunId;

    /// <summary>Completed, or failed (then this result is <see cref="WorkflowExecutionException.Result"/>).</summary>
    public WorkflowStatus Status { get; }

    /// <summary>The wall-clock time of the whole run.</summary>
    public TimeSpan Duration { get; }

    /// <summary>The output of each completed node, by node id. Skipped and failed nodes have none.</summary>
    public IReadOnlyDictionary<string, NodeOutput> Results { get; }

    /// <summary>Every node, in the workflow's execution order, with its status, duration and error.</summary>
    public IReadOnlyList<NodeRun> Nodes => _nodes ??= Array.ConvertAll(_run.Plan.Order, _run.NodeRun);

    /// <summary>The status, duration and error of node <paramref name="nodeId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The workflow has no such node.</exception>
    public NodeRun Node(string nodeId) => _run.Plan.IndexById.TryGetValue(nodeId, out var index)
        ? _run.NodeRun(index)
        : throw new KeyNotFoundException($"The workflow has no node '{nodeId}'.");

    /// <summary>Gives the results and the run id: <c>var (results, runId) = ...</c>.</summary>
    public void Deconstruct(out IReadOnlyDictionary<string, NodeOutput> results, out string runId)
    {
        results = Results;
        runId = RunId;
    }

    /// <summary>One sentence on what ran: "2 of 5 nodes completed, 1 skipped, 1 failed, 1 did not run."</summary>
    public string Summary()
    {
        var counts = new int[Enum.GetValues<NodeStatus>().Length];
        foreach (var status in _run.Statuses)
        {
            counts[(int)status]++;
        }

        var parts = new List<string> { $"{counts[(int)NodeStatus.Completed]} of {_run.Statuses.Length} nodes completed" };
        AddPart(parts, counts[(int)NodeStatus.Skipped], "skipped");
        AddPart(parts, counts[(int)NodeStatus.Failed], "failed");
        AddPart(parts, counts[(int)NodeStatus.Cancelled], "cancelled");
        AddPart(parts, counts[(int)NodeStatus.NotRun], "did not run");
        return string.Join(", ", parts) + ".";
    }

    private static void AddPart(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {what}");
        }
    }
}
