using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DataFlow.Workflows;

/// <summary>
/// Writes a message and its <c>input</c> to the runtime's log, and passes <c>input</c> on as <c>result</c>.
/// Connected after a <see cref="SwitchNode"/> branch it also shows which branch ran.
/// </summary>
public sealed class LogNode : Node
{
    private static readonly string[] Levels = ["trace", "debug", "information", "warning", "error"];

    /// <inheritdoc />
    public override string Description => "Logs 'message' and 'input', and passes 'input' on as 'result'.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("input", ParameterType.Any) { Description = "The value to log and pass on (usually connected)." },
        new("message", ParameterType.String) { Default = string.Empty, Description = "Text logged before the input." },
        new("level", ParameterType.String) { Default = "information", AllowedValues = Levels, Description = "The log level." },
    ];

    /// <inheritdoc />
    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Inputs.GetOrDefault<object?>("input", null);
        var level = context.Inputs.Get<string>("level") switch
        {
            "trace" => LogLevel.Trace,
            "debug" => LogLevel.Debug,
            "warning" => LogLevel.Warning,
            "error" => LogLevel.Error,
            _ => LogLevel.Information,
        };
        if (context.Logger.IsEnabled(level))
        {
            WorkflowLog.LogNodeMessage(context.Logger, level, context.NodeId, context.Inputs.Get<string>("message"), Preview(input));
        }

        return ValueTask.FromResult(NodeOutput.Result(input));
    }

    private static string Preview(object? value)
    {
        try
        {
            var json = JsonSerializer.Serialize(value);
            return json.Length > 2000 ? json[..2000] + "…" : json;
        }
        catch (NotSupportedException)
        {
            return value?.ToString() ?? "null";
        }
    }
}
