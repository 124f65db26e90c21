namespace DataFlow;

/// <summary>Auto-migration codes (<c>DF-AUTO-…</c>): code-first models registered with <c>db.Model&lt;T&gt;()</c> and their tables.</summary>
public static partial class ErrorCodes
{
    /// <summary>A model adds a NOT NULL column without a default to a table that holds rows.</summary>
    public const string AutoMigrateNotNullWithoutDefault = "DF-AUTO-001";

    /// <summary>With <c>AutoMigrate = false</c>, a model's table is missing or differs from the model.</summary>
    public const string ModelTableOutOfDate = "DF-AUTO-002";

    /// <summary>In existing-schema mode, a model's table does not exist.</summary>
    public const string ModelTableNotFoundInExistingSchema = "DF-AUTO-003";

    /// <summary>An earlier auto-migration of this <c>DataFlowDb</c> failed; it is not retried on every access.</summary>
    public const string AutoMigrationFailedEarlier = "DF-AUTO-004";

    /// <summary>The type given to <c>Model&lt;T&gt;()</c> or <c>Express.For&lt;T&gt;()</c> cannot be a model (no parameterless constructor, or not registered).</summary>
    public const string InvalidModelType = "DF-AUTO-005";
}
