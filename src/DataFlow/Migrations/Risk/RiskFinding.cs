namespace DataFlow.Migrations.Risk;

/// <summary>One rule that fired for a schema change: its code, level, categories and why.</summary>
public sealed record RiskFinding
{
    /// <summary>The stable code (see <see cref="RiskCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>How dangerous this finding is.</summary>
    public required RiskLevel Level { get; init; }

    /// <summary>What it puts at risk.</summary>
    public required RiskCategory Categories { get; init; }

    /// <summary>Why, in one sentence naming the object (<c>drops public.users.email and its values</c>).</summary>
    public required string Reason { get; init; }
}
