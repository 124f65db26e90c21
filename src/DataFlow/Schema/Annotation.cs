namespace DataFlow.Schema;

/// <summary>
/// A dialect-specific fact about an object that the neutral model has no slot for
/// (for example <c>sqlite:strict</c> or <c>postgres:partition_key</c>). Names are namespaced by dialect.
/// </summary>
/// <param name="Name">The namespaced name.</param>
/// <param name="Value">The value as text.</param>
public sealed record Annotation(string Name, string Value);
