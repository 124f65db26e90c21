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

        var context = new NodeContext(node.Id, node.TypeName, RunId, new NodeInputs(layout, values), _logger);
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

    private void Skip(PlanNode node)
    {
        _record.Statuses[node.Index] = NodeStatus.Skipped;
        _record.Skipped++;
        WorkflowLog.NodeSkipped(_logger, node.Id, node.TypeName);
        Report(node, NodeProgressKind.Skipped);
        Release(node.Index);
    }

    private void Completed(int index, NodeOutput? output, long ended, bool release)
    {
        if (output is null)
        {
            Threw(index, new InvalidOperationException($"{_plan.Nodes[index].TypeName}.ExecuteAsync returned null instead of a NodeOutput."), ended);
            return;
        }

        var node = _plan.Nodes[index];
        var elapsed = ended - _record.ElapsedTicks[index];
        _record.Outputs[index] = output;
        _record.Statuses[index] = NodeStatus.Completed;
        _record.ElapsedTicks[index] = elapsed;
        _record.Completed++;
        WorkflowLog.NodeCompleted(_logger, node.Id, node.TypeName, Stopwatch.GetElapsedTime(0, elapsed).TotalMilliseconds);
        Report(node, NodeProgressKind.Finished, elapsed);
        if (release)
        {
            Release(index);
        }
    }

    private void Threw(int index, Exception exception, long ended)
    {
        var node = _plan.Nodes[index];
        _record.ElapsedTicks[index] = ended - _record.ElapsedTicks[index];
        if (exception is OperationCanceledException && _nodeToken.IsCancellationRequested)
        {
            _record.Statuses[index] = NodeStatus.Cancelled;
            return;
        }

        _record.Statuses[index] = NodeStatus.Failed;
        _record.Errors[index] = exception;
        WorkflowLog.NodeFailed(_logger, exception, node.Id, node.TypeName, RunId);
        Report(node, NodeProgressKind.Failed, _record.ElapsedTicks[index], exception);
        if (_failedNode < 0)
        {
            _failedNode = index;
            _failure = result => DataFlowErrors.NodeFailed(node.Id, node.TypeName, result, exception);
        }
    }

    // Failure paths live in their own methods so that the hot path allocates no closures.
    private bool Unresolved(PlanNode node, InputBinding binding, string problem) =>
        Failed(node, result => DataFlowErrors.UnresolvedPath(node.Id, binding.Connection.ToString(), binding.Connection.Output, problem, result));

    private bool WrongType(PlanNode node, InputBinding binding, NodeParameter declared, object? value) =>
        Failed(node, result => DataFlowErrors.WrongInputType(node.Id, declared, binding.Connection.ToString(), value, result));

    private bool MissingInput(PlanNode node, string parameter) =>
        Failed(node, result => DataFlowErrors.MissingInputAtRunTime(node.Id, parameter, result));

    private bool Failed(PlanNode node, Func<WorkflowResult, WorkflowExecutionException> failure)
    {
        _record.Statuses[node.Index] = NodeStatus.Failed;
        Report(node, NodeProgressKind.Failed);
        if (_failedNode < 0)
        {
            _failedNode = node.Index;
            _failure = failure;
        }

        return false;
    }
}
