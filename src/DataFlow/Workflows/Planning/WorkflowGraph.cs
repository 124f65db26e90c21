namespace DataFlow.Workflows;

/// <summary>
/// The dependency graph of a workflow, by node index: distinct successors, the number of distinct predecessors,
/// incoming connections, and a topological order (Kahn's algorithm, ties in insertion order). O(nodes + connections).
/// </summary>
internal sealed class WorkflowGraph
{
    private WorkflowGraph(int[] order, int[][] successors, int[] predecessorCounts, int[][] incoming)
    {
        Order = order;
        Successors = successors;
        PredecessorCounts = predecessorCounts;
        Incoming = incoming;
    }

    /// <summary>Node indexes in an order where every node comes after the nodes it depends on.</summary>
    public int[] Order { get; }

    /// <summary>For each node, the distinct nodes that read its outputs.</summary>
    public int[][] Successors { get; }

    /// <summary>For each node, the number of distinct nodes it reads from.</summary>
    public int[] PredecessorCounts { get; }

    /// <summary>For each node, the indexes of the connections that go into it.</summary>
    public int[][] Incoming { get; }

    /// <exception cref="WorkflowValidationException">The connections form a cycle (<c>DF-WF-008</c>).</exception>
    public static WorkflowGraph Create(IReadOnlyList<WorkflowNode> nodes, ResolvedConnection[] connections)
    {
        var n = nodes.Count;
        var sources = new int[connections.Length];
        var incomingCounts = new int[n];
        for (var c = 0; c < connections.Length; c++)
        {
            sources[c] = connections[c].From;
            incomingCounts[connections[c].To]++;
        }

        var incoming = new int[n][];
        for (var i = 0; i < n; i++)
        {
            incoming[i] = incomingCounts[i] == 0 ? [] : new int[incomingCounts[i]];
            incomingCounts[i] = 0;
        }

        for (var c = 0; c < connections.Length; c++)
        {
            var target = connections[c].To;
            incoming[target][incomingCounts[target]++] = c;
        }

        var (successors, predecessorCounts) = Edges(n, sources, incoming);
        var order = TopologicalOrder(n, successors, predecessorCounts);
        if (order.Length < n)
        {
            throw DataFlowErrors.Cycle(FindCycle(nodes, sources, incoming, order));
        }

        return new WorkflowGraph(order, successors, predecessorCounts, incoming);
    }

    /// <summary>Distinct edges in two passes over the incoming connections (count, then fill), without an edge list.</summary>
    private static (int[][] Successors, int[] PredecessorCounts) Edges(int n, int[] sources, int[][] incoming)
    {
        var stamp = new int[n];
        var predecessorCounts = new int[n];
        var successorCounts = new int[n];
        var successors = new int[n][];
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Fill(stamp, -1);
            for (var target = 0; target < n; target++)
            {
                foreach (var c in incoming[target])
                {
                    var source = sources[c];
                    if (stamp[source] == target)
                    {
                        continue;
                    }

                    stamp[source] = target;
                    if (pass == 0)
                    {
                        predecessorCounts[target]++;
                        successorCounts[source]++;
                    }
                    else
                    {
                        successors[source][successorCounts[source]++] = target;
                    }
                }
            }

            if (pass == 0)
            {
                for (var i = 0; i < n; i++)
                {
                    successors[i] = successorCounts[i] == 0 ? [] : new int[successorCounts[i]];
                    successorCounts[i] = 0;
                }
            }
        }

        return (successors, predecessorCounts);
    }

    /// <summary>Kahn's algorithm, ties in insertion order; shorter than <paramref name="n"/> when there is a cycle.</summary>
    internal static int[] TopologicalOrder(int n, int[][] successors, int[] predecessorCounts)
    {
        var remaining = (int[])predecessorCounts.Clone();
        var order = new int[n];
        int head = 0, tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (remaining[i] == 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            foreach (var next in successors[order[head++]])
            {
                if (--remaining[next] == 0)
                {
                    order[tail++] = next;
                }
            }
        }

        return tail == n ? order : order[..tail];
    }

    /// <summary>Walks backwards from a node left out of the order (each has a predecessor also left out) until a node repeats.</summary>
    private static List<string> FindCycle(IReadOnlyList<WorkflowNode> nodes, int[] sources, int[][] incoming, int[] ordered)
    {
        var done = new bool[nodes.Count];
        foreach (var i in ordered)
        {
            done[i] = true;
        }

        var position = new Dictionary<int, int>();
        var walk = new List<int>();
        var current = Array.IndexOf(done, false);
        while (!position.ContainsKey(current))
        {
            position[current] = walk.Count;
            walk.Add(current);
            current = sources[Array.Find(incoming[current], c => !done[sources[c]])];
        }

        var cycle = walk.GetRange(position[current], walk.Count - position[current]);
        cycle.Reverse();
        var first = cycle.IndexOf(cycle.Min());
        cycle = [.. cycle.Skip(first), .. cycle.Take(first)];
        cycle.Add(cycle[0]);
        return cycle.ConvertAll(i => nodes[i].Id);
    }
}
