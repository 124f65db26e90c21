namespace DataFlow.Workflows;

/// <summary>The per-node state of one run, by node index; <see cref="WorkflowResult"/> reads it without copying.</summary>
internal sealed class RunRecord
{
    public RunRecord(ExecutionPlan plan, string runId)
    {
        Plan = plan;
        RunId = runId;
        var n = plan.Nodes.Length;
        Outputs = new NodeOutput?[n];
        Statuses = new NodeStatus[n];
        ElapsedTicks = new long[n];
        Errors = new Exception?[n];
    }

    public ExecutionPlan Plan { get; }

    public string RunId { get; }

    /// <summary>The output of each completed node; null otherwise.</summary>
    public NodeOutput?[] Outputs { get; }

    public NodeStatus[] Statuses { get; }

    /// <summary><see cref="System.Diagnostics.Stopwatch"/> ticks each node ran.</summary>
    public long[] ElapsedTicks { get; }

    public Exception?[] Errors { get; }

    public int Completed { get; set; }

    public int Skipped { get; set; }

    public NodeRun NodeRun(int index) => new(
        Plan.Nodes[index].Id,
        Plan.Nodes[index].TypeName,
        Statuses[index],
        System.Diagnostics.Stopwatch.GetElapsedTime(0, ElapsedTicks[index]),
        Errors[index]);
}
