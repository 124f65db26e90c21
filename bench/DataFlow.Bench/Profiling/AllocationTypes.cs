using System.Diagnostics.Tracing;

namespace DataFlow.Bench.Profiling;

/// <summary>
/// Samples what is allocated, by type, from the runtime's allocation ticks (one event per ~100 KB allocated):
/// counts × 100 KB approximate the bytes of each type.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _ticks = [];

    /// <summary>Prints the <paramref name="top"/> types, as KB per run over <paramref name="runs"/> runs.</summary>
    public void Print(int runs, int top = 25)
    {
        lock (_ticks)
        {
            foreach (var (type, ticks) in _ticks.OrderByDescending(t => t.Value).Take(top))
            {
                Console.WriteLine($"  {ticks * 100.0 / runs,8:F0} KB/run  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload?[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        lock (_ticks)
        {
            _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
        }
    }
}
