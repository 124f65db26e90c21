namespace DataFlow.Workflows;

/// <summary>
/// Validates a workflow against a node catalog and turns it into an <see cref="ExecutionPlan"/>: resolves node
/// types, checks parameters, inputs, outputs and each node's own rules, and precomputes input slots, base values
/// and bindings so that a run does no lookups by name; adds the implicit dependencies of ordering barriers
/// (<see cref="BarrierOrdering"/>, only when there is one). Errors are reported for the first offending node in
/// insertion order. O(nodes + connections + parameters) without barriers.
/// </summary>
internal static partial class WorkflowCompiler
{
    /// <summary>Compiles <paramref name="workflow"/> against <paramref name="catalog"/>.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="catalog">Where type names are resolved.</param>
    /// <param name="tolerateUnknownTypes">Stand in for unknown type names instead of failing (the plan is then incomplete and not runnable).</param>
    /// <param name="complete">False when an unknown type was tolerated.</param>
    /// <exception cref="WorkflowValidationException">The workflow is not valid.</exception>
    public static ExecutionPlan Compile(Workflow workflow, NodeCatalog catalog, bool tolerateUnknownTypes, out bool complete)
    {
        var nodes = workflow.NodeList;
        var shapes = new Dictionary<Node, NodeShape>(ReferenceEqualityComparer.Instance);
        var nodeShapes = new NodeShape[nodes.Length];
        List<int>? barriers = null;
        complete = true;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = Resolve(nodes[i], catalog, tolerateUnknownTypes, ref complete);
            if (!shapes.TryGetValue(node, out var shape))
            {
                shape = new NodeShape(node);
                shapes.Add(node, shape);
            }

            nodeShapes[i] = shape;
            if (shape.OrdersLaterNodes)
            {
                (barriers ??= []).Add(i);
            }
        }

        var (successors, predecessorCounts, order) = barriers is null
            ? (workflow.Graph.Successors, workflow.Graph.PredecessorCounts, workflow.Graph.Order)
            : BarrierOrdering.Create(workflow, barriers);
        var planNodes = new PlanNode[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            planNodes[i] = Bind(workflow, i, nodeShapes[i], successors[i], predecessorCounts[i]);
        }

        CheckOutputs(workflow, nodeShapes);
        RunNodeValidation(workflow, nodeShapes);
        var roots = Array.FindAll(order, i => predecessorCounts[i] == 0);
        Array.Sort(roots);
        return new ExecutionPlan(planNodes, order, roots, workflow.IndexById);
    }

    private static Node Resolve(WorkflowNode spec, NodeCatalog catalog, bool tolerateUnknownTypes, ref bool complete)
    {
        if (spec.Instance is not null)
        {
            return spec.Instance;
        }

        if (catalog.TryGet(spec.Type, out var node))
        {
            return node;
        }

        if (spec.Type == NodeCatalog.CodeNodeName)
        {
            throw DataFlowErrors.CodeNodeNeedsDelegate(spec.Id);
        }

        if (tolerateUnknownTypes)
        {
            complete = false;
            return UnresolvedNode.Instance;
        }

        throw DataFlowErrors.UnknownNodeType(spec.Id, spec.Type, NameSuggester.Suggest(spec.Type, catalog.Names));
    }

    private static void CheckOutputs(Workflow workflow, NodeShape[] shapes)
    {
        var connections = workflow.ConnectionList;
        for (var c = 0; c < connections.Length; c++)
        {
            var connection = connections[c];
            var source = workflow.Resolved[c].From;
            var output = workflow.Resolved[c].Path[0];
            if (!shapes[source].HasOutput(output))
            {
                throw DataFlowErrors.UnknownOutput(c, connection.ToString(), connection.FromNode, workflow.NodeList[source].Type, output, shapes[source].Outputs);
            }
        }
    }

    private static void RunNodeValidation(Workflow workflow, NodeShape[] shapes)
    {
        List<string>?[]? outputsRead = null;
        for (var i = 0; i < shapes.Length; i++)
        {
            if (!shapes[i].OverridesValidate)
            {
                continue;
            }

            outputsRead ??= OutputsRead(workflow);
            var spec = workflow.NodeList[i];
            var inputs = Array.ConvertAll(workflow.Graph.Incoming[i], c => workflow.ConnectionList[c].Input);
            shapes[i].Node.Validate(new NodeValidationContext(spec.Id, spec.Parameters, inputs, (IReadOnlyList<string>?)outputsRead[i] ?? []));
        }
    }

    private static List<string>?[] OutputsRead(Workflow workflow)
    {
        var read = new List<string>?[workflow.NodeList.Length];
        foreach (var connection in workflow.Resolved)
        {
            (read[connection.From] ??= []).Add(connection.Path[0]);
        }

        return read;
    }
}
