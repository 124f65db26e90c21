using DataFlow.Schema;

namespace DataFlow.Migrations.Risk;

/// <summary>
/// The risk of one schema change: the findings of every rule that fired, optional facts from the data, and the
/// overall level and categories (the highest level, the union of the categories).
/// </summary>
public sealed record RiskAssessment
{
    /// <summary>No risk: nothing fired.</summary>
    public static RiskAssessment None { get; } = new();

    /// <summary>The findings, most severe first.</summary>
    public EquatableArray<RiskFinding> Findings { get; init; }

    /// <summary>Facts from the data (empty for the static rules).</summary>
    public EquatableArray<RiskFact> Facts { get; init; }

    /// <summary>The highest level of the findings; <see cref="RiskLevel.Low"/> when there are none.</summary>
    public RiskLevel Level => Findings.IsEmpty ? RiskLevel.Low : Findings.Max(f => f.Level);

    /// <summary>Every category any finding touches.</summary>
    public RiskCategory Categories => Findings.Aggregate(RiskCategory.None, (all, f) => all | f.Categories);

    /// <summary>True when a finding can lose data.</summary>
    public bool LosesData => (Categories & RiskCategory.DataLoss) != 0;

    /// <summary>An assessment of the given findings, ordered most severe first (stable for equal levels).</summary>
    public static RiskAssessment Of(params IEnumerable<RiskFinding> findings) =>
        new() { Findings = findings.OrderByDescending(f => f.Level).ToEquatableArray() };

    /// <summary>This assessment with more findings.</summary>
    public RiskAssessment With(params IEnumerable<RiskFinding> findings) => Of(Findings.Concat(findings)) with { Facts = Facts };

    /// <summary>This assessment with facts from the data added.</summary>
    public RiskAssessment WithFacts(IEnumerable<RiskFact> facts) => this with { Facts = Facts.Concat(facts).ToEquatableArray() };
}
