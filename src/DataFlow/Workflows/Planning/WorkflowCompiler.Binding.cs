namespace DataFlow.Workflows;

/// <summary>One node: given parameters, incoming connections, required parameters, then slots, base values and bindings.</summary>
internal static partial class WorkflowCompiler
{
    private static PlanNode Bind(Workflow workflow, int index, NodeShape shape, int[] successors, int predecessorCount)
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
            var resolved = workflow.Resolved[incoming[b]];
            bindings[b] = new InputBinding(resolved.From, slot, resolved.Path, layout.Declared[slot], connection);
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
            Successors = successors,
            PredecessorCount = predecessorCount,
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
        for (var i = 0; i < incoming.Length; i++)
        {
            var connection = workflow.ConnectionList[incoming[i]];
            var input = connection.Input;
            var first = FirstConnectionInto(workflow, incoming, i, input);
            if (first >= 0)
            {
                throw DataFlowErrors.InputConnectedTwice(incoming[i], connection.ToString(), spec.Id, input, workflow.ConnectionList[first].ToString());
            }

            if (shape.Layout.IndexOf(input) >= 0 || (extras?.Contains(input) ?? false))
            {
                continue;
            }

            if (!shape.AcceptsUndeclared)
            {
                throw DataFlowErrors.UnknownInput(incoming[i], connection.ToString(), spec.Id, spec.Type, input, shape.Layout.Names, NameSuggester.Suggest(input, shape.Layout.Names));
            }

            (extras ??= []).Add(input);
        }
    }

    /// <summary>The earlier connection among the first <paramref name="count"/> that feeds <paramref name="input"/>, or -1 (nodes have few inputs: a scan beats a set).</summary>
    private static int FirstConnectionInto(Workflow workflow, int[] incoming, int count, string input)
    {
        for (var j = 0; j < count; j++)
        {
            if (string.Equals(workflow.ConnectionList[incoming[j]].Input, input, StringComparison.Ordinal))
            {
                return incoming[j];
            }
        }

        return -1;
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
