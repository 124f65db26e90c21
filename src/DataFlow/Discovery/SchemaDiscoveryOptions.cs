namespace DataFlow.Discovery;

/// <summary>What to discover. The defaults discover every non-system schema and every table.</summary>
public sealed record SchemaDiscoveryOptions
{
    /// <summary>PostgreSQL schemas to read; empty for all non-system schemas. Ignored by SQLite.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    /// <summary>Glob patterns (<c>*</c>, <c>?</c>) a table or view name must match; empty for all.
    /// A pattern with a dot matches the qualified name (<c>sales.*</c>).</summary>
    public IReadOnlyList<string> IncludeTables { get; init; } = [];

    /// <summary>Glob patterns of table or view names to leave out.</summary>
    public IReadOnlyList<string> ExcludeTables { get; init; } = [];

    /// <summary>Include DataFlow's own bookkeeping tables (<c>dataflow_*</c>).</summary>
    public bool IncludeDataFlowTables { get; init; }

    /// <summary>Receives progress while the catalogs are read.</summary>
    public IProgress<DiscoveryProgress>? Progress { get; init; }

    /// <summary>The default options.</summary>
    public static SchemaDiscoveryOptions Default { get; } = new();
}
