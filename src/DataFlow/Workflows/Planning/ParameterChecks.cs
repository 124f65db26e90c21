namespace DataFlow.Workflows;

/// <summary>Checks one given value against its declaration (type, null, allowed values).</summary>
internal static class ParameterChecks
{
    /// <summary>True when <paramref name="value"/> may fill <paramref name="parameter"/>: null only for optional or <see cref="ParameterType.Any"/> parameters.</summary>
    public static bool Accepts(NodeParameter parameter, object? value) =>
        value is null ? !parameter.Required || parameter.Type == ParameterType.Any : ParameterTypes.Matches(parameter.Type, value);

    /// <summary>Throws <c>DF-WF-010</c> or <c>DF-WF-012</c> when <paramref name="value"/> does not fit.</summary>
    /// <param name="nodeId">The node, for the message.</param>
    /// <param name="parameter">The declaration.</param>
    /// <param name="value">The value.</param>
    /// <param name="origin">Where the value comes from, e.g. "as given" or "in the run-time parameters".</param>
    public static void Check(string nodeId, NodeParameter parameter, object? value, string origin)
    {
        if (!Accepts(parameter, value))
        {
            throw DataFlowErrors.WrongParameterType(nodeId, parameter, origin, value);
        }

        if (parameter.AllowedValues is { } allowed && value is string text && !allowed.Contains(text))
        {
            throw DataFlowErrors.InvalidParameterValue(
                nodeId, parameter.Name, $"'{text}' is not one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}",
                NameSuggester.Suggest(text, allowed) is { } close ? $"Did you mean '{close}'?" : $"Use one of: {string.Join(" ", allowed)}.");
        }
    }
}
