using System.Text.Json;

namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// Parses <c>--param node.param=value</c> into run-time parameters <c>{ node: { param: value } }</c>. The value is
/// read as JSON when it is JSON (<c>10</c>, <c>true</c>, <c>null</c>, <c>[1,2]</c>, <c>{"a":1}</c>, <c>"10"</c>),
/// otherwise taken as a plain string (<c>status=paid</c>).
/// </summary>
internal static class ParameterAssignments
{
    /// <summary>The parameters by node, or null when there are none.</summary>
    /// <exception cref="DataFlowConfigurationException">An assignment is not <c>node.param=value</c> (<c>DF-OPT-001</c>).</exception>
    public static Dictionary<string, Dictionary<string, object?>>? Parse(IReadOnlyList<string> assignments)
    {
        if (assignments.Count == 0)
        {
            return null;
        }

        var byNode = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            var dot = equals < 0 ? -1 : assignment.IndexOf('.', 0, equals);
            if (dot <= 0 || dot == equals - 1)
            {
                throw DataFlowErrors.InvalidOption("--param", $"'{assignment}' is not NODE.PARAM=VALUE", "Write it as --param get_users.limit=10 (the value is JSON when it parses as JSON, else a string).");
            }

            var node = assignment[..dot];
            if (!byNode.TryGetValue(node, out var parameters))
            {
                byNode[node] = parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            }

            parameters[assignment[(dot + 1)..equals]] = Value(assignment[(equals + 1)..]);
        }

        return byNode;
    }

    private static object? Value(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
