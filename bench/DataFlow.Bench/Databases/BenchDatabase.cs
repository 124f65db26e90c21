namespace DataFlow.Bench.Databases;

/// <summary>A generated database ready to be discovered: the URL DataFlow takes and the connection string EF Core takes.</summary>
internal sealed record BenchDatabase(
    BenchDialect Dialect,
    string Name,
    string DataFlowUrl,
    string ConnectionString,
    SchemaCounts Expected,
    double GenerationMs)
{
    /// <summary>SQLite only: the database file.</summary>
    public string? FilePath { get; init; }

    /// <summary>True when a database kept by an earlier run was reused instead of generated.</summary>
    public bool Reused { get; init; }
}
