namespace DataFlow.Bench.Reporting;

/// <summary>The machine and engines a report was measured on.</summary>
internal sealed record BenchEnvironment(string Machine, string Runtime, string? PostgresVersion, string? SqliteEngine, string Method);
