using System.Collections.Concurrent;
using DataFlow.Workflows;

namespace DataFlow.Tests.Workflows.Support;

/// <summary>Collects progress events synchronously, in the order they are reported.</summary>
public sealed class ProgressRecorder : IProgress<NodeProgress>
{
    private readonly ConcurrentQueue<NodeProgress> _events = new();

    public IReadOnlyList<NodeProgress> Events => [.. _events];

    public IReadOnlyList<string> Lines => [.. _events.Select(e => $"{e.Kind} {e.NodeId}")];

    public void Report(NodeProgress value) => _events.Enqueue(value);
}
