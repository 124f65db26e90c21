using System.Globalization;

namespace DataFlow.Bench;

/// <summary>The <c>discovery</c> command's options.</summary>
internal sealed record DiscoveryBenchOptions
{
    public const string DefaultPostgresUrl = "postgresql://postgres:dataflow@127.0.0.1:55432/postgres";

    public const string Usage = """
        usage: DataFlow.Bench discovery [options]
          --sizes 10,100,1000,10000   table counts to generate (default 10,100)
          --dialects postgres,sqlite  (default both)
          --runs 5                    timed runs per tool for sizes up to 1,000 tables
          --large-runs 3              timed runs per tool for sizes above 1,000 tables
          --warmups 1                 untimed runs before timing
          --batch-tables 500          tables per DDL command while generating
          --pg-url URL                PostgreSQL server (default $DATAFLOW_PG_URL, else the test server)
          --work-dir DIR              where SQLite files go (default /tmp/dataflow-bench)
          --keep-databases            keep the generated databases afterwards, and reuse
                                      those an earlier run kept (same generator version)
          --out FILE                  also write the markdown report to FILE
          --sequential                time each tool's runs after the other's (DataFlow first) instead of
                                      alternating them (PostgreSQL alternates by default; SQLite's EF Core
                                      always runs in its own process after DataFlow)
        """;

    public IReadOnlyList<int> Sizes { get; init; } = [10, 100];
    public IReadOnlyList<BenchDialect> Dialects { get; init; } = [BenchDialect.Postgres, BenchDialect.Sqlite];
    public int Runs { get; init; } = 5;
    public int LargeRuns { get; init; } = 3;
    public int Warmups { get; init; } = 1;
    public int BatchTables { get; init; } = 500;
    public string PostgresUrl { get; init; } = Environment.GetEnvironmentVariable("DATAFLOW_PG_URL") ?? DefaultPostgresUrl;
    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "dataflow-bench");
    public bool KeepDatabases { get; init; }
    public string? OutputFile { get; init; }
    public bool Sequential { get; init; }

    /// <summary>Timed runs for a size: fewer for the large sizes, whose runs take long.</summary>
    public int RunsFor(int tables) => tables > 1000 ? LargeRuns : Runs;

    public static DiscoveryBenchOptions Parse(string[] args)
    {
        var options = new DiscoveryBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',').Select(ParsePositive).ToList() },
                "--dialects" => options with { Dialects = Value().Split(',').Select(ParseDialect).ToList() },
                "--runs" => options with { Runs = ParsePositive(Value()) },
                "--large-runs" => options with { LargeRuns = ParsePositive(Value()) },
                "--warmups" => options with { Warmups = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--batch-tables" => options with { BatchTables = ParsePositive(Value()) },
                "--pg-url" => options with { PostgresUrl = Value() },
                "--work-dir" => options with { WorkDirectory = Path.GetFullPath(Value()) },
                "--keep-databases" => options with { KeepDatabases = true },
                "--out" => options with { OutputFile = Path.GetFullPath(Value()) },
                "--sequential" => options with { Sequential = true },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }

    private static int ParsePositive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number");

    private static BenchDialect ParseDialect(string text) => text.Trim().ToLowerInvariant() switch
    {
        "postgres" or "postgresql" or "pg" => BenchDialect.Postgres,
        "sqlite" => BenchDialect.Sqlite,
        _ => throw new ArgumentException($"unknown dialect '{text}' (expected postgres or sqlite)"),
    };
}
