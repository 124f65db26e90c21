namespace DataFlow.Workflows;

/// <summary>
/// One parameter a node declares: its name, type, whether it is required, its default and a description.
/// A parameter is also an input: a connection can feed it from another node's output.
/// </summary>
/// <param name="Name">The name used in parameters, connections and files (<c>snake_case</c> by convention).</param>
/// <param name="Type">The type values must have.</param>
/// <example><c>new NodeParameter("limit", ParameterType.Integer) { Default = 100, Description = "Rows to return at most." }</c></example>
public sealed record NodeParameter(string Name, ParameterType Type)
{
    /// <summary>True when the workflow must give or connect a value (and there is no <see cref="Default"/>).</summary>
    public bool Required { get; init; }

    /// <summary>The value used when the parameter is neither given nor connected; null for none.</summary>
    public object? Default { get; init; }

    /// <summary>What the parameter means, shown in errors and docs.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>For string parameters: the only values accepted, or null for any string.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }
}
