namespace DataFlow.Workflows;

/// <summary>
/// Routes <c>input_data</c> to one branch. Boolean mode compares <c>condition_field</c> (a dotted path into the
/// data; the data itself when absent) with <c>value</c> using <c>operator</c> and emits the data as
/// <c>true_output</c> or <c>false_output</c>. Multi-case mode (<c>cases</c> given) emits it as
/// <c>case_&lt;value&gt;</c> for the first case equal to the field, else as <c>default</c>. Only the chosen
/// output is produced, so only the chosen branch runs; nodes fed only from the others are skipped.
/// </summary>
public sealed partial class SwitchNode : Node
{
    private const string CasePrefix = "case_";

    /// <inheritdoc />
    public override string Description => "Routes 'input_data' to true_output/false_output, or to case_<value>/default.";

    /// <inheritdoc />
    public override IReadOnlyList<NodeParameter> Parameters { get; } =
    [
        new("input_data", ParameterType.Any) { Required = true, Description = "The data to route; the chosen output carries it unchanged." },
        new("condition_field", ParameterType.String) { Description = "A dotted path into input_data ('status', 'order.total'); the data itself when absent. A missing field is null." },
        new("operator", ParameterType.String) { Default = "==", AllowedValues = SwitchOperators.All, Description = "Boolean mode: how the field is compared with 'value'." },
        new("value", ParameterType.Any) { Description = "Boolean mode: what the field is compared with (a list for 'in')." },
        new("cases", ParameterType.List) { Description = "Multi-case mode: the values to match; outputs case_<value> and default." },
    ];

    /// <inheritdoc />
    public override IReadOnlyList<string> Outputs { get; } = ["true_output", "false_output", CasePrefix + "*", "default"];

    /// <inheritdoc />
    public override bool IsConditional => true;

    /// <inheritdoc />
    public override ValueTask<NodeOutput> ExecuteAsync(NodeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Inputs;
        var data = inputs["input_data"];
        var field = inputs.GetOrDefault<string?>("condition_field", null);
        var subject = string.IsNullOrEmpty(field) ? data : Field(data, field);
        if (inputs.TryGetValue("cases", out var cases) && cases is not null)
        {
            foreach (var candidate in inputs.Get<IReadOnlyList<object?>>("cases"))
            {
                if (ValueComparer.AreEqual(subject, candidate))
                {
                    return ValueTask.FromResult(new NodeOutput(CasePrefix + ValueComparer.ToKey(candidate), data));
                }
            }

            return ValueTask.FromResult(new NodeOutput("default", data));
        }

        var matched = SwitchOperators.Evaluate(inputs.Get<string>("operator"), subject, inputs.GetOrDefault<object?>("value", null));
        return ValueTask.FromResult(new NodeOutput(matched ? "true_output" : "false_output", data));
    }

    private static object? Field(object? data, string field)
    {
        var path = ValuePath.Parse(field) ?? throw new InvalidOperationException($"condition_field '{field}' is not a valid dotted path");
        return ValuePath.TryResolve(data, path, 0, out var value) ? value : null;
    }
}
