namespace DataFlow.Workflows;

/// <summary>One node: given parameters, incoming connections, required parameters, then slots, base values and bindings.</summary>
internal static partial class WorkflowCompiler
{
    private static PlanNode Bind(Workflow workflow, int index, NodeShape shape)
    {
        var spec = workflow.NodeList[index];
        var incoming = workflow.Graph.Incoming[index];
        var extras = CheckGiven(spec, shape);
        CheckInputs(workflow, spec, shape, incoming, ref extras);
        List<int>? requiredSlots = null;
        foreach (var parameter in shape.Parameters)
        {
            if (!parameter.Required || parameter.Default is not null || spec.Parameters.ContainsKey(parameter.Name))
            {
                continue;
            }

            if (!IsConnected(workflow, incoming, parameter.Name))
            {
                throw DataFlowErrors.MissingRequiredParameter(spec.Id, spec.Type, parameter);
            }

            (requiredSlots ??= []).Add(shape.Layout.IndexOf(parameter.Name));
        }

        var layout = extras is null ? shape.Layout : shape.Layout.With(extras);
        var values = new object?[layout.Names.Length];
        for (var slot = 0; slot < values.Length; slot++)
        {
            values[slot] = spec.Parameters.TryGetValue(layout.Names[slot], out var given) ? given
                : layout.Declared[slot] is { Default: { } fallback } ? fallback
                : NodeInputs.Missing;
        }

        var bindings = new InputBinding[incoming.Length];
        for (var b = 0; b < incoming.Length; b++)
        {
            var connection = workflow.ConnectionList[incoming[b]];
            var slot = layout.IndexOf(connection.Input);
            bindings[b] = new InputBinding(workflow.IndexById[connection.FromNode], slot, workflow.OutputPaths[incoming[b]], layout.Declared[slot], connection);
        }

        return new PlanNode
        {
            Index = index,
            Id = spec.Id,
            TypeName = spec.Type,
            Node = shape.Node,
            Layout = layout,
            BaseValues = values,
            Bindings = bindings,
            RequiredSlots = requiredSlots is null ? [] : [.. requiredSlots],
            Successors = workflow.Graph.Successors[index],
            PredecessorCount = workflow.Graph.PredecessorCounts[index],
        };
    }

    private static List<string>? CheckGiven(WorkflowNode spec, NodeShape shape)
    {
        List<string>? extras = null;
        if (spec.Parameters.Count == 0)
        {
            return extras;
        }

        foreach (var (name, value) in spec.Parameters)
        {
            var slot = shape.Layout.IndexOf(name);
            if (slot >= 0)
            {
                ParameterChecks.Check(spec.Id, shape.Parameters[slot], value, "as given");
            }
            else if (shape.AcceptsUndeclared)
            {
                (extras ??= []).Add(name);
            }
            else
            {
                throw DataFlowErrors.UnknownParameter(spec.Id, spec.Type, name, "given in AddNode", shape.Layout.Names, NameSuggester.Suggest(name, shape.Layout.Names));
            }
        }

        return extras;
    }

    private static void CheckInputs(Workflow workflow, WorkflowNode spec, NodeShape shape, int[] incoming, ref List<string>? extras)
    {
        Dictionary<string, int>? firstByInput = incoming.Length > 1 ? new(StringComparer.Ordinal) : null;
        foreach (var c in incoming)
        {
            var connection = workflow.ConnectionList[c];
            var input = connection.Input;
            if (firstByInput is not null && !firstByInput.TryAdd(input, c))
            {
                throw DataFlowErrors.InputConnectedTwice(c, connection.ToString(), spec.Id, input, workflow.ConnectionList[firstByInput[input]].ToString());
            }

            if (shape.Layout.IndexOf(input) >= 0 || (extras?.Contains(input) ?? false))
            {
                continue;
            }

            if (!shape.AcceptsUndeclared)
            {
                throw DataFlowErrors.UnknownInput(c, connection.ToString(), spec.Id, spec.Type, input, shape.Layout.Names, NameSuggester.Suggest(input, shape.Layout.Names));
            }

            (extras ??= []).Add(input);
        }
    }

    private static bool IsConnected(Workflow workflow, int[] incoming, string input)
    {
        foreach (var c in incoming)
        {
            if (string.Equals(workflow.ConnectionList[c].Input, input, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
