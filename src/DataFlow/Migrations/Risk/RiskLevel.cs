namespace DataFlow.Migrations.Risk;

/// <summary>How dangerous a schema change is, from harmless to "will lose data". Ordered: compare with &lt; and &gt;.</summary>
public enum RiskLevel
{
    /// <summary>Additive and cheap: a nullable column, a new table, a comment.</summary>
    Low = 0,

    /// <summary>Safe for data but may lock or slow the table, or fail on existing rows (a new unique constraint, an index without CONCURRENTLY).</summary>
    Medium,

    /// <summary>May fail on existing data or lose precision (a NOT NULL column, a narrowing type change, a table rebuild).</summary>
    High,

    /// <summary>Loses data when applied (a dropped table or column, a removed enum value).</summary>
    Critical,
}
