using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataFlow.Workflows;

/// <summary>Starting one node: gather its inputs (or skip it), run it, record the outcome.</summary>
internal sealed partial class WorkflowRun
{
    private void Start(int index)
    {
        var node = _plan.Nodes[index];
        var layout = _overrides?.Layout(index) ?? node.Layout;
        var values = _overrides?.Values(index) ?? node.BaseValues;
        if (values.Length > 0)
        {
            values = (object?[])values.Clone();
        }

        if (node.Bindings.Length > 0 && !TryBind(node, values))
        {
            return;
        }

        var context = new NodeContext(node.Id, node.TypeName, RunId, new NodeInputs(layout, values), _logger, _progress is null ? null : _reportStep);
        WorkflowLog.NodeStarted(_logger, node.Id, node.TypeName, RunId);
        Report(node, NodeProgressKind.Started);
        _record.ElapsedTicks[index] = Stopwatch.GetTimestamp(); // the start, until the node ends
        ValueTask<NodeOutput> pending;
        try
        {
            pending = node.Node.ExecuteAsync(context, _nodeToken);
            if (pending.IsCompleted)
            {
                Completed(index, pending.Result, Stopwatch.GetTimestamp(), release: true);
                return;
            }
        }
        catch (Exception exception)
        {
            Threw(index, exception, Stopwatch.GetTimestamp());
            return;
        }

        _inFlight.Add(new InFlight(index, TrackAsync(pending)));
    }

    /// <summary>Fills connected inputs; false when the node was skipped or the run failed on its inputs.</summary>
    private bool TryBind(PlanNode node, object?[] values)
    {
        var alive = false;
        foreach (var binding in node.Bindings)
        {
            var source = _record.Outputs[binding.Source];
            if (source is null)
            {
                continue;
            }

            if (!source.TryGetValue(binding.Path[0], out var value))
            {
                if (_plan.Nodes[binding.Source].Node.IsConditional)
                {
                    continue;
                }

                return Unresolved(node, binding, $"the source produced no output '{binding.Path[0]}'");
            }

            if (binding.Path.Length > 1)
            {
                var output = value;
                if (!ValuePath.TryResolve(output, binding.Path, 1, out value))
                {
                    return Unresolved(node, binding, ValuePath.Explain(output, binding.Path, 1));
                }
            }
            else if (value is JsonElement or JsonValue)
            {
                value = JsonScalars.Unwrap(value);
            }

            if (binding.Declared is { } declared && !ParameterChecks.Accepts(declared, value))
            {
                return WrongType(node, binding, declared, value);
            }

            values[binding.Slot] = value;
            alive = true;
        }

        if (!alive)
        {
            Skip(node);
            return false;
        }

        foreach (var slot in node.RequiredSlots)
        {
            if (ReferenceEquals(values[slot], NodeInputs.Missing))
            {
                return MissingInput(node, node.Layout.Names[slot]);
            }
        }

        return true;
    }
}
