namespace DataFlow.Workflows;

/// <summary>
/// The implicit dependencies of ordering barriers (<see cref="Node.OrdersLaterNodes"/>), merged with the explicit
/// graph. Barrier <c>b</c> (previous barrier <c>p</c>, next barrier <c>q</c>, by insertion index) depends on every node
/// added in <c>(p, b)</c>, and every node added in <c>(b, q]</c> depends on <c>b</c>. An implicit edge is left out when
/// explicit connections already order the pair — either way round (so a later node that feeds the barrier keeps its
/// place). A cycle that remains is <c>DF-WF-020</c>. Only computed when a workflow has a barrier:
/// O(barriers × (nodes + connections)).
/// </summary>
internal static class BarrierOrdering
{
    /// <summary>Successors, predecessor counts and a topological order that include the implicit edges.</summary>
    /// <exception cref="WorkflowValidationException">The connections contradict the barriers' order (<c>DF-WF-020</c>).</exception>
    public static (int[][] Successors, int[] PredecessorCounts, int[] Order) Create(Workflow workflow, List<int> barriers)
    {
        var graph = workflow.Graph;
        var n = workflow.NodeList.Length;
        var predecessors = Predecessors(workflow);
        var added = new List<int>?[n];
        var predecessorCounts = (int[])graph.PredecessorCounts.Clone();
        var ancestors = new int[n];
        var descendants = new int[n];
        Array.Fill(ancestors, -1);
        Array.Fill(descendants, -1);
        for (var k = 0; k < barriers.Count; k++)
        {
            var barrier = barriers[k];
            Mark(barrier, predecessors, ancestors, k);
            Mark(barrier, graph.Successors, descendants, k);
            var first = k == 0 ? 0 : barriers[k - 1] + 1;
            var last = k + 1 < barriers.Count ? barriers[k + 1] : n - 1;
            for (var i = first; i <= last; i++)
            {
                if (i == barrier || ancestors[i] == k || descendants[i] == k)
                {
                    continue; // already ordered by explicit connections (or the barrier itself)
                }

                var (from, to) = i < barrier ? (i, barrier) : (barrier, i);
                (added[from] ??= []).Add(to);
                predecessorCounts[to]++;
            }
        }

        var successors = new int[n][];
        for (var i = 0; i < n; i++)
        {
            successors[i] = added[i] is { } extra ? [.. graph.Successors[i], .. extra] : graph.Successors[i];
        }

        var order = WorkflowGraph.TopologicalOrder(n, successors, predecessorCounts);
        if (order.Length < n)
        {
            throw Conflict(workflow, barriers, successors, order);
        }

        return (successors, predecessorCounts, order);
    }

    /// <summary>Stamps <paramref name="stamp"/> on every node reachable from <paramref name="start"/> (excluding it) along <paramref name="edges"/>.</summary>
    private static void Mark(int start, int[][] edges, int[] seen, int stamp)
    {
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            foreach (var next in edges[stack.Pop()])
            {
                if (seen[next] != stamp)
                {
                    seen[next] = stamp;
                    stack.Push(next);
                }
            }
        }
    }

    private static int[][] Predecessors(Workflow workflow)
    {
        var incoming = workflow.Graph.Incoming;
        var predecessors = new int[incoming.Length][];
        for (var i = 0; i < incoming.Length; i++)
        {
            predecessors[i] = Array.ConvertAll(incoming[i], c => workflow.Resolved[c].From);
        }

        return predecessors;
    }

    /// <summary>The error for a cycle through implicit edges: walks backwards among the unordered nodes until one repeats, then starts the loop at its barrier.</summary>
    private static WorkflowValidationException Conflict(Workflow workflow, List<int> barriers, int[][] successors, int[] ordered)
    {
        var done = new bool[successors.Length];
        foreach (var i in ordered)
        {
            done[i] = true;
        }

        var predecessor = new int[successors.Length];
        for (var from = 0; from < successors.Length; from++)
        {
            foreach (var to in successors[from])
            {
                if (!done[from])
                {
                    predecessor[to] = from;
                }
            }
        }

        var position = new Dictionary<int, int>();
        var walk = new List<int>();
        var current = Array.IndexOf(done, false);
        while (!position.ContainsKey(current))
        {
            position[current] = walk.Count;
            walk.Add(current);
            current = predecessor[current];
        }

        var cycle = walk.GetRange(position[current], walk.Count - position[current]);
        cycle.Reverse();
        var first = cycle.FindIndex(barriers.Contains); // start at the barrier: every remaining cycle goes through one
        cycle = [.. cycle.Skip(first), .. cycle.Take(first)];
        var barrier = cycle[0];
        cycle.Add(barrier);
        return DataFlowErrors.BarrierOrderConflict(workflow.NodeList[barrier].Id, cycle.ConvertAll(i => workflow.NodeList[i].Id));
    }
}
