namespace DataFlow.Workflows;

/// <summary>A connection as the engine uses it: node indexes instead of ids, and the output path split once.</summary>
/// <param name="From">The index of the source node.</param>
/// <param name="To">The index of the target node.</param>
/// <param name="Path">The output name followed by the path segments.</param>
internal readonly record struct ResolvedConnection(int From, int To, string[] Path);
