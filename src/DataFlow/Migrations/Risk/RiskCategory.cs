namespace DataFlow.Migrations.Risk;

/// <summary>What a schema change puts at risk; a change can touch several.</summary>
[Flags]
public enum RiskCategory
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Rows or values can be lost.</summary>
    DataLoss = 1,

    /// <summary>The table is locked (reads and/or writes wait) while the change runs.</summary>
    Availability = 2,

    /// <summary>The change scans or rewrites the table, or slows later queries.</summary>
    Performance = 4,

    /// <summary>Undoing the change is not a simple inverse statement (data would have to be restored).</summary>
    RollbackComplexity = 8,
}
