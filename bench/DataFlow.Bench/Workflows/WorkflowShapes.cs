using DataFlow.Workflows;

namespace DataFlow.Bench.Workflows;

/// <summary>Builds the benchmark workflows and their direct-call baselines.</summary>
internal static class WorkflowShapes
{
    private static readonly IncrementNode Node = new();

    /// <summary>Builds (adds nodes and connections, validates, plans) a workflow of <paramref name="nodes"/> nodes.</summary>
    public static Workflow Build(WorkflowShape shape, int nodes, string[] ids)
    {
        var builder = new WorkflowBuilder();
        builder.AddNode(Node, ids[0], new { value = 0 });
        for (var i = 1; i < nodes; i++)
        {
            builder.AddNode(Node, ids[i]);
            builder.AddConnection(ids[i - 1], "result", ids[i], "value");
            if (shape == WorkflowShape.Ladder && i >= 2)
            {
                builder.AddConnection(ids[i - 2], "result", ids[i], "extra");
            }
        }

        return builder.Build();
    }

    /// <summary>The same bodies called directly, in a loop, with the same data flow; returns the last result.</summary>
    public static long Direct(WorkflowShape shape, int nodes)
    {
        long previous = 0, beforePrevious = 0;
        var current = IncrementNode.Step(0, 0);
        for (var i = 1; i < nodes; i++)
        {
            (beforePrevious, previous) = (previous, current);
            current = IncrementNode.Step(previous, shape == WorkflowShape.Ladder && i >= 2 ? beforePrevious : 0);
        }

        return current;
    }

    /// <summary>The number of connections of a workflow of <paramref name="nodes"/> nodes.</summary>
    public static int Connections(WorkflowShape shape, int nodes) => Math.Max(0, nodes - 1) + (shape == WorkflowShape.Ladder ? Math.Max(0, nodes - 2) : 0);
}
