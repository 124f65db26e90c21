using System.Diagnostics;

namespace DataFlow.Workflows;

/// <summary>How a node ended: skipped, completed, threw, or failed on its inputs — recorded, reported, logged.</summary>
internal sealed partial class WorkflowRun
{
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
