namespace DataFlow.Migrations.Risk;

/// <summary>Risk level names as users write them (<c>--fail-at HIGH</c>).</summary>
public static class RiskLevels
{
    /// <summary>Parses LOW, MEDIUM, HIGH or CRITICAL (any case).</summary>
    /// <exception cref="DataFlowConfigurationException"><c>DF-RISK-001</c> for any other name.</exception>
    public static RiskLevel Parse(string name) =>
        Enum.TryParse<RiskLevel>(name, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(name, out _)
            ? level
            : throw DataFlowErrors.RiskLevelName(name);
}
