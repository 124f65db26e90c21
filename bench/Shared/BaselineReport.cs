namespace DataFlow.Bench;

/// <summary>
/// What the EF Core SQLite child process prints on stdout as JSON: the timed runs and what it read.
/// Shared source between DataFlow.Bench and DataFlow.Bench.EfSqlite so both sides agree on the shape.
/// </summary>
internal sealed record BaselineReport(string Tool, string Version, string EngineVersion, List<double> RunsMs, SchemaCounts Counts);
