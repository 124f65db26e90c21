namespace DataFlow.Expressions;

/// <summary>One whitelisted function: its name, how many arguments it takes, their kinds and its result kind.</summary>
/// <param name="Name">The upper-case name as written in expressions.</param>
/// <param name="MinArguments">The fewest arguments.</param>
/// <param name="MaxArguments">The most arguments (<see cref="int.MaxValue"/> for any number).</param>
/// <param name="ArgumentKinds">The kind each argument must have (the last repeats); empty when any kind is accepted.</param>
/// <param name="Result">The kind of the result; <see cref="ValueKind.Unknown"/> for "the arguments' common kind".</param>
/// <param name="Signature">How the hint shows the call.</param>
internal sealed record ExpressionFunction(string Name, int MinArguments, int MaxArguments, ValueKind[] ArgumentKinds, ValueKind Result, string Signature)
{
    /// <summary>The kind argument <paramref name="index"/> must have.</summary>
    public ValueKind ArgumentKind(int index) =>
        ArgumentKinds.Length == 0 ? ValueKind.Unknown : ArgumentKinds[Math.Min(index, ArgumentKinds.Length - 1)];
}
