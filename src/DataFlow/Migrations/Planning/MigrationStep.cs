using DataFlow.Migrations.Risk;
using DataFlow.Schema;

namespace DataFlow.Migrations.Planning;

/// <summary>One step of a <see cref="MigrationPlan"/>: what it does, its SQL and its risk.</summary>
public sealed record MigrationStep
{
    /// <summary>What the step does, e.g. <c>add column public.users.email</c>.</summary>
    public required string Description { get; init; }

    /// <summary>The statements, in order, without trailing semicolons.</summary>
    public required EquatableArray<string> Statements { get; init; }

    /// <summary>The static risk assessment of the step.</summary>
    public required RiskAssessment Risk { get; init; }

    /// <summary>True when the step can lose data or fail on existing rows (drop, narrowing, NOT NULL, enum value removal).</summary>
    public bool IsDestructive { get; init; }

    /// <summary>
    /// False when the step is written commented out: a destructive step without <see cref="MigrationPlannerOptions.AllowDestructive"/>,
    /// an unconfirmed probable rename, or a change DataFlow leaves for a person.
    /// </summary>
    public bool IsEnabled { get; init; } = true;

    /// <summary>Why the step is disabled or how to enable it (e.g. the <c>--rename</c> to confirm).</summary>
    public string? Hint { get; init; }

    /// <summary>True when a statement cannot run inside a transaction (<c>CREATE INDEX CONCURRENTLY</c>).</summary>
    public bool RequiresNoTransaction { get; init; }

    /// <summary>True for a SQLite table rebuild, which needs foreign keys off outside the transaction.</summary>
    public bool IsTableRebuild { get; init; }
}
