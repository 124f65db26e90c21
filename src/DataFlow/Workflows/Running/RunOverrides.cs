namespace DataFlow.Workflows;

/// <summary>
/// Run-time parameters (<c>{ node_id: { parameter: value } }</c>) checked against the plan and applied to copies
/// of the affected nodes' base values, once per run. Connected values still win over them.
/// </summary>
internal sealed class RunOverrides
{
    private readonly object?[]?[] _values;
    private readonly ParameterLayout?[] _layouts;

    private RunOverrides(int nodes)
    {
        _values = new object?[]?[nodes];
        _layouts = new ParameterLayout?[nodes];
    }

    /// <summary>The base values of node <paramref name="index"/> with overrides applied, or null when it has none.</summary>
    public object?[]? Values(int index) => _values[index];

    /// <summary>The layout of node <paramref name="index"/> when overrides added undeclared names, else null.</summary>
    public ParameterLayout? Layout(int index) => _layouts[index];

    /// <summary>Checks and prepares <paramref name="parameters"/>; null when there are none.</summary>
    /// <exception cref="WorkflowValidationException">An unknown node (<c>DF-WF-015</c>) or parameter (<c>DF-WF-011</c>), or a value of the wrong type (<c>DF-WF-010</c>).</exception>
    /// <exception cref="ArgumentException">The parameters are not shaped <c>{ node_id: { parameter: value } }</c>.</exception>
    public static RunOverrides? Create(ExecutionPlan plan, object? parameters)
    {
        if (parameters is null)
        {
            return null;
        }

        var byNode = ValueNormalizer.NormalizeObject(parameters);
        var overrides = new RunOverrides(plan.Nodes.Length);
        foreach (var (nodeId, given) in byNode)
        {
            if (!plan.IndexById.TryGetValue(nodeId, out var index))
            {
                throw DataFlowErrors.UnknownRunParameterNode(nodeId, NameSuggester.Suggest(nodeId, plan.IndexById.Keys));
            }

            var values = given as IReadOnlyDictionary<string, object?>
                         ?? throw new ArgumentException($"The run-time parameters of node '{nodeId}' must be an object {{ parameter: value }}, not {ParameterTypes.Describe(given)}.", nameof(parameters));
            overrides.Apply(plan.Nodes[index], values);
        }

        return overrides;
    }

    private void Apply(PlanNode node, IReadOnlyDictionary<string, object?> given)
    {
        var layout = node.Layout;
        var extras = new List<string>();
        foreach (var name in given.Keys)
        {
            var slot = layout.IndexOf(name);
            if (slot >= 0 && layout.Declared[slot] is { } declared)
            {
                ParameterChecks.Check(node.Id, declared, given[name], "in the run-time parameters");
            }
            else if (slot < 0 && !node.Node.AcceptsUndeclaredParameters)
            {
                throw DataFlowErrors.UnknownParameter(node.Id, node.TypeName, name, "in the run-time parameters", layout.Names, NameSuggester.Suggest(name, layout.Names));
            }
            else if (slot < 0)
            {
                extras.Add(name);
            }
        }

        if (extras.Count > 0)
        {
            layout = layout.With(extras);
            _layouts[node.Index] = layout;
        }

        var values = new object?[layout.Names.Length];
        node.BaseValues.CopyTo(values, 0);
        for (var slot = 0; slot < values.Length; slot++)
        {
            if (given.TryGetValue(layout.Names[slot], out var value))
            {
                values[slot] = value;
            }
        }

        _values[node.Index] = values;
    }
}
