namespace DataFlow.Workflows;

/// <summary>Checks that a switch is in one mode and that connections read outputs that mode produces.</summary>
public sealed partial class SwitchNode
{
    /// <inheritdoc />
    protected internal override void Validate(NodeValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsProvided("cases"))
        {
            ValidateCases(context);
            return;
        }

        var op = context.Parameters.TryGetValue("operator", out var given) && given is string text ? text : "==";
        if (!context.IsConnected("operator") && !SwitchOperators.IsUnary(op) && !context.IsProvided("value"))
        {
            context.Fail("value", $"the operator '{op}' compares with 'value', which is neither given nor connected", "Give 'value', or use is_null / is_not_null, or switch on 'cases'.");
        }

        if (op == "in" && context.Parameters.TryGetValue("value", out var list) && list is not null && !ParameterTypes.IsList(list))
        {
            context.Fail("value", $"the operator 'in' needs a list, not {ParameterTypes.Describe(list)}", "Write value as a list: [\"a\", \"b\"].");
        }

        foreach (var output in context.OutputsRead)
        {
            if (output is not ("true_output" or "false_output"))
            {
                context.Fail("cases", $"a connection reads '{output}', which only multi-case mode produces, but 'cases' is not given", "Read true_output or false_output, or give 'cases'.");
            }
        }
    }

    private static void ValidateCases(NodeValidationContext context)
    {
        foreach (var name in new[] { "operator", "value" })
        {
            if (context.IsProvided(name))
            {
                context.Fail(name, $"'{name}' belongs to boolean mode, but 'cases' selects multi-case mode", $"Remove '{name}', or remove 'cases' to compare with an operator.");
            }
        }

        HashSet<string>? keys = null;
        if (context.Parameters.TryGetValue("cases", out var cases) && cases is IReadOnlyList<object?> list)
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                if (item is not null && !PropertyAccessors.IsScalar(item))
                {
                    context.Fail("cases", $"every case must be a string, number, boolean or null, but one is {ParameterTypes.Describe(item)}", "Write cases as a list of plain values: [\"pending\", \"completed\"].");
                }

                if (!keys.Add(ValueComparer.ToKey(item)))
                {
                    context.Fail("cases", $"the case '{ValueComparer.ToKey(item)}' appears twice", "List each case once.");
                }
            }
        }

        foreach (var output in context.OutputsRead)
        {
            var known = output == "default"
                        || (output.StartsWith(CasePrefix, StringComparison.Ordinal) && (keys is null || keys.Contains(output[CasePrefix.Length..])));
            if (!known)
            {
                context.Fail("cases", $"a connection reads '{output}', which this switch never produces", $"Multi-case outputs are {string.Join(", ", (keys ?? []).Select(k => CasePrefix + k).Append("default"))}.");
            }
        }
    }
}
