namespace DataFlow.Data;

/// <summary>One parameter value of a statement, already converted for its column, and how to type it.</summary>
/// <param name="Value">The value (null for SQL NULL).</param>
/// <param name="Kind">How the dialect types the parameter.</param>
internal readonly record struct SqlArgument(object? Value, ParameterKind Kind = ParameterKind.Inferred);
