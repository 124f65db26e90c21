using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DataFlow.Workflows;

/// <summary>The outputs of a run's completed nodes by node id — a view over the run, not a copy.</summary>
internal sealed class WorkflowResults(RunRecord run) : IReadOnlyDictionary<string, NodeOutput>
{
    public int Count => run.Completed;

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<NodeOutput> Values => this.Select(pair => pair.Value);

    public NodeOutput this[string key] => TryGetValue(key, out var output)
        ? output
        : throw new KeyNotFoundException(run.Plan.IndexById.TryGetValue(key, out var index)
            ? $"Node '{key}' has no result: it was {run.Statuses[index].ToString().ToLowerInvariant()}."
            : $"The workflow has no node '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out NodeOutput value)
    {
        value = run.Plan.IndexById.TryGetValue(key, out var index) ? run.Outputs[index] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, NodeOutput>> GetEnumerator()
    {
        for (var i = 0; i < run.Outputs.Length; i++)
        {
            if (run.Outputs[i] is { } output)
            {
                yield return new KeyValuePair<string, NodeOutput>(run.Plan.Nodes[i].Id, output);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
