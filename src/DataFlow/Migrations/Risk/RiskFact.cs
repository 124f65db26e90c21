namespace DataFlow.Migrations.Risk;

/// <summary>
/// A fact measured in the data that sharpens an assessment (row count, NULL count, duplicate count). The static
/// rules produce none; an engine connected to the database adds them.
/// </summary>
public sealed record RiskFact
{
    /// <summary>What was measured, e.g. <c>row_count</c>, <c>null_count</c>, <c>duplicate_count</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The object it was measured on (<c>public.users.email</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>The measured value.</summary>
    public required long Value { get; init; }
}
