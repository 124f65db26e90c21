namespace DataFlow.Migrations.Runner;

/// <summary>The state of one migration version, comparing the folder with the journal.</summary>
internal enum ScriptState
{
    /// <summary>Applied, and the file is unchanged.</summary>
    Applied,

    /// <summary>At or below the baseline version and not applied: counts as applied, never runs.</summary>
    Baselined,

    /// <summary>Not applied yet, above every applied version.</summary>
    Pending,

    /// <summary>Not applied, but lower than the highest applied version (run only with <c>--allow-out-of-order</c>).</summary>
    OutOfOrder,

    /// <summary>Applied, but the file changed since (checksums differ).</summary>
    Changed,

    /// <summary>Applied, but the file is gone from the folder.</summary>
    Missing,

    /// <summary>The journal records a failed run of it (a no-transaction file that stopped part-way).</summary>
    Failed,
}
