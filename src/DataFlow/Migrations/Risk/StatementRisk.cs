namespace DataFlow.Migrations.Risk;

/// <summary>The assessment of one statement of a migration script (<see cref="RiskAssessmentEngine.AssessScriptAsync"/>).</summary>
public sealed record StatementRisk
{
    /// <summary>The statement as written (comments kept, no trailing semicolon).</summary>
    public required string Sql { get; init; }

    /// <summary>False when DataFlow does not recognise the statement; it is listed as "not assessed" and has no risk.</summary>
    public required bool Assessed { get; init; }

    /// <summary>The assessment (static rules, plus data facts when connected); <see cref="RiskAssessment.None"/> when not assessed.</summary>
    public required RiskAssessment Risk { get; init; }

    /// <summary>Why facts are missing for an assessed statement (e.g. the table does not exist yet), or null.</summary>
    public string? Note { get; init; }
}
