using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DataFlow.Workflows;

/// <summary>
/// One execution of a plan. A ready queue holds nodes whose predecessors are all done. Nodes that complete
/// synchronously run inline, one after another, with no task or thread of their own; asynchronous nodes stay in
/// flight (at most <see cref="LocalRuntimeOptions.MaxConcurrency"/>) while other ready nodes start, so that only
/// independent branches overlap. On a failure or cancellation no new node starts, in-flight nodes are cancelled
/// and awaited, and the run reports what had happened.
/// </summary>
internal sealed partial class WorkflowRun
{
    private readonly ExecutionPlan _plan;
    private readonly RunOverrides? _overrides;
    private readonly RunRecord _record;
    private readonly ILogger _logger;
    private readonly IProgress<NodeProgress>? _progress;
    private readonly int _maxConcurrency;
    private readonly int[] _remaining;
    private readonly Queue<int> _ready;
    private readonly List<InFlight> _inFlight = [];
    private readonly Lock _progressLock = new();
    private readonly Action<NodeContext, long, long?, string?> _reportStep;
    private CancellationToken _nodeToken;
    private int _failedNode = -1;
    private Func<WorkflowResult, WorkflowExecutionException>? _failure;

    public WorkflowRun(ExecutionPlan plan, RunOverrides? overrides, string runId, ILogger logger, LocalRuntimeOptions options)
    {
        _plan = plan;
        _overrides = overrides;
        _record = new RunRecord(plan, runId);
        _logger = logger;
        _progress = options.Progress;
        _reportStep = ReportStep;
        _maxConcurrency = Math.Max(1, options.MaxConcurrency);
        _remaining = new int[plan.Nodes.Length];
        for (var i = 0; i < _remaining.Length; i++)
        {
            _remaining[i] = plan.Nodes[i].PredecessorCount;
        }

        _ready = new Queue<int>(plan.Roots);
    }

    private string RunId => _record.RunId;

    /// <summary>Runs the plan to the end.</summary>
    /// <exception cref="WorkflowExecutionException">A node failed; the exception's result says what ran.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WorkflowResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        WorkflowLog.RunStarted(_logger, RunId, _plan.Nodes.Length);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _nodeToken = stop.Token;
        CancellationSignal? cancelled = null;
        try
        {
            while (true)
            {
                while (_failedNode < 0 && _ready.Count > 0 && _inFlight.Count < _maxConcurrency)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Start(_ready.Dequeue());
                }

                if (_failedNode >= 0 || _inFlight.Count == 0)
                {
                    break;
                }

                // Only runs with asynchronous nodes get here: they pay for the wake-up on cancellation.
                cancelled ??= new CancellationSignal(cancellationToken);
                await WhenAnyCompletedAsync(cancelled);
                cancellationToken.ThrowIfCancellationRequested();
                CollectCompleted(release: true);
            }

            // A node that completes synchronously may have observed the cancellation itself (status Cancelled):
            // the run must still end as cancelled, not as completed without that node's result.
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stop.CancelAsync();
            await DrainAsync();
            WorkflowLog.RunCancelled(_logger, RunId);
            throw;
        }
        finally
        {
            cancelled?.Dispose();
        }

        var duration = Stopwatch.GetElapsedTime(started);
        if (_failedNode >= 0)
        {
            await stop.CancelAsync();
            await DrainAsync();
            throw Fail(Stopwatch.GetElapsedTime(started));
        }

        WorkflowLog.RunCompleted(_logger, RunId, _record.Completed, _record.Skipped, duration.TotalMilliseconds);
        return new WorkflowResult(_record, WorkflowStatus.Completed, duration);
    }

    private WorkflowExecutionException Fail(TimeSpan duration)
    {
        var result = new WorkflowResult(_record, WorkflowStatus.Failed, duration);
        var exception = _failure!(result);
        _record.Errors[_failedNode] ??= exception;
        WorkflowLog.RunFailed(_logger, RunId, _plan.Nodes[_failedNode].Id, exception.Message);
        return exception;
    }

    private void Release(int index)
    {
        foreach (var successor in _plan.Nodes[index].Successors)
        {
            if (--_remaining[successor] == 0)
            {
                _ready.Enqueue(successor);
            }
        }
    }

    private void Report(PlanNode node, NodeProgressKind kind, long elapsedTicks = 0, Exception? error = null)
    {
        if (_progress is null)
        {
            return;
        }

        lock (_progressLock)
        {
            _progress.Report(new NodeProgress(RunId, node.Id, node.TypeName, kind, Stopwatch.GetElapsedTime(0, elapsedTicks), error));
        }
    }

    // Nodes report steps from their own threads; the lock keeps the promise that events never overlap.
    private void ReportStep(NodeContext context, long completed, long? total, string? message)
    {
        lock (_progressLock)
        {
            _progress?.Report(new NodeProgress(RunId, context.NodeId, context.NodeType, NodeProgressKind.Progress, TimeSpan.Zero, null)
            {
                Completed = completed,
                Total = total,
                Message = message,
            });
        }
    }

    /// <summary>Completes when <see cref="CancellationToken"/> is cancelled; the registration ends with the run.</summary>
    private sealed class CancellationSignal : IDisposable
    {
        private readonly TaskCompletionSource _source = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _registration;

        public CancellationSignal(CancellationToken cancellationToken) =>
            _registration = cancellationToken.CanBeCanceled
                ? cancellationToken.UnsafeRegister(static state => ((TaskCompletionSource)state!).TrySetResult(), _source)
                : default;

        public Task? Task => _registration == default ? null : _source.Task;

        public void Dispose() => _registration.Dispose();
    }
}
