using System.Globalization;

namespace DataFlow.Bench.DataOperations;

/// <summary>The <c>data</c> command's options.</summary>
internal sealed record DataBenchOptions
{
    public const string Usage = """
        usage: DataFlow.Bench data [options]
          --rows 1000000              rows bulk-created and streamed (default 1,000,000)
          --runs 3                    timed runs per tool for bulk create and streaming (the median is reported)
          --reads 5000                timed reads by key per tool and run
          --dialects postgres,sqlite  engines to measure
          --pg-url URL                server on which database bench_data is created (default $DATAFLOW_PG_URL or the test server)
          --work-dir DIR              where the SQLite file goes (default /tmp/dataflow-bench)
          --out FILE                  also write the markdown report to FILE
        """;

    public int Rows { get; init; } = 1_000_000;
    public int Runs { get; init; } = 3;
    public int Reads { get; init; } = 5000;
    public IReadOnlyList<BenchDialect> Dialects { get; init; } = [BenchDialect.Postgres, BenchDialect.Sqlite];
    public string PostgresUrl { get; init; } = Environment.GetEnvironmentVariable("DATAFLOW_PG_URL") ?? DiscoveryBenchOptions.DefaultPostgresUrl;
    public string WorkDirectory { get; init; } = "/tmp/dataflow-bench";
    public string? OutputFile { get; init; }

    public static DataBenchOptions Parse(string[] args)
    {
        var options = new DataBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rows" => options with { Rows = ParsePositive(Value()) },
                "--runs" => options with { Runs = ParsePositive(Value()) },
                "--reads" => options with { Reads = ParsePositive(Value()) },
                "--dialects" => options with { Dialects = Value().Split(',').Select(ParseDialect).ToList() },
                "--pg-url" => options with { PostgresUrl = Value() },
                "--work-dir" => options with { WorkDirectory = Path.GetFullPath(Value()) },
                "--out" => options with { OutputFile = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }

    private static BenchDialect ParseDialect(string text) => text.Trim() switch
    {
        "postgres" or "postgresql" => BenchDialect.Postgres,
        "sqlite" => BenchDialect.Sqlite,
        _ => throw new ArgumentException($"unknown dialect '{text}' (postgres, sqlite)"),
    };

    private static int ParsePositive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number");
}
