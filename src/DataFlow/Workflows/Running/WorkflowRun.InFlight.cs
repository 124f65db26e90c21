using System.Diagnostics;

namespace DataFlow.Workflows;

/// <summary>Asynchronous nodes: tracking them while in flight, collecting them when done, draining them on a stop.</summary>
internal sealed partial class WorkflowRun
{
    private async Task<(NodeOutput? Output, long Ended)> TrackAsync(ValueTask<NodeOutput> pending)
    {
        var output = await pending;
        return (output, Stopwatch.GetTimestamp());
    }

    private Task WhenAnyCompletedAsync(CancellationSignal cancelled)
    {
        var tasks = new Task[_inFlight.Count + (cancelled.Task is null ? 0 : 1)];
        for (var i = 0; i < _inFlight.Count; i++)
        {
            tasks[i] = _inFlight[i].Task;
        }

        if (cancelled.Task is not null)
        {
            tasks[^1] = cancelled.Task;
        }

        return Task.WhenAny(tasks);
    }

    /// <summary>Records every in-flight node that has finished, in the order they started.</summary>
    private void CollectCompleted(bool release)
    {
        var kept = 0;
        for (var i = 0; i < _inFlight.Count; i++)
        {
            var flight = _inFlight[i];
            if (!flight.Task.IsCompleted)
            {
                _inFlight[kept++] = flight;
                continue;
            }

            if (flight.Task.IsCompletedSuccessfully)
            {
                var (output, ended) = flight.Task.Result;
                Completed(flight.Index, output, ended, release);
            }
            else
            {
                Threw(flight.Index, flight.Task.Exception?.InnerException ?? new OperationCanceledException(_nodeToken), Stopwatch.GetTimestamp());
            }
        }

        _inFlight.RemoveRange(kept, _inFlight.Count - kept);
    }

    /// <summary>Waits for in-flight nodes after a stop (their token is cancelled) and records how each ended.</summary>
    private async Task DrainAsync()
    {
        if (_inFlight.Count == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(_inFlight.Select(f => f.Task));
        }
        catch (Exception)
        {
            // Each node's own outcome is recorded below; the first failure is already the run's error.
        }

        CollectCompleted(release: false);
    }

    private readonly record struct InFlight(int Index, Task<(NodeOutput? Output, long Ended)> Task);
}
