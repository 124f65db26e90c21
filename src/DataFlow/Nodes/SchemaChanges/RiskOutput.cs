using DataFlow.Migrations.Risk;

namespace DataFlow.Nodes.SchemaChanges;

/// <summary>A <see cref="RiskAssessment"/> as a node output: plain dictionaries and lists with snake_case keys and upper-case levels.</summary>
internal static class RiskOutput
{
    /// <summary><c>{ level, categories, findings: [{ code, level, categories, reason }], facts: [{ name, subject, value }] }</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Of(RiskAssessment risk) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["level"] = Level(risk.Level),
        ["categories"] = Categories(risk.Categories),
        ["findings"] = risk.Findings.Select(f => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = f.Code,
            ["level"] = Level(f.Level),
            ["categories"] = Categories(f.Categories),
            ["reason"] = f.Reason,
        }).ToList(),
        ["facts"] = risk.Facts.Select(f => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = f.Name,
            ["subject"] = f.Subject,
            ["value"] = f.Value,
        }).ToList(),
    };

    /// <summary>LOW, MEDIUM, HIGH or CRITICAL.</summary>
    public static string Level(RiskLevel level) => level.ToString().ToUpperInvariant();

    /// <summary>The category names in snake_case (<c>data_loss</c>, <c>availability</c>, <c>performance</c>, <c>rollback_complexity</c>).</summary>
    public static IReadOnlyList<string> Categories(RiskCategory categories) =>
        [.. Enum.GetValues<RiskCategory>().Where(c => c != RiskCategory.None && categories.HasFlag(c)).Select(c => c switch
        {
            RiskCategory.DataLoss => "data_loss",
            RiskCategory.RollbackComplexity => "rollback_complexity",
            _ => c.ToString().ToLowerInvariant(),
        })];
}
