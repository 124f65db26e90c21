namespace DataFlow.Bench;

/// <summary>The database engines the discovery benchmark runs on.</summary>
internal enum BenchDialect
{
    Postgres,
    Sqlite,
}
