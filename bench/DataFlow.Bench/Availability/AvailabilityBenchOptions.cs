using System.Globalization;

namespace DataFlow.Bench.Availability;

/// <summary>The <c>availability</c> command's options.</summary>
internal sealed record AvailabilityBenchOptions
{
    public const string Usage = """
        usage: DataFlow.Bench availability [options]
          --rows 5000000     rows in the table (filled with generate_series)
          --writers 2        concurrent writer connections (single-row inserts and updates)
          --pause-ms 10      pause between one writer's statements
          --batch 2000       backfill rows per batch
          --pg-url URL       server on which database bench_availability is created (default $DATAFLOW_PG_URL or the test server)
        """;

    public int Rows { get; init; } = 5_000_000;
    public int Writers { get; init; } = 2;
    public int PauseMilliseconds { get; init; } = 10;
    public int BatchSize { get; init; } = 2000;
    public string PostgresUrl { get; init; } = Environment.GetEnvironmentVariable("DATAFLOW_PG_URL") ?? DiscoveryBenchOptions.DefaultPostgresUrl;

    public static AvailabilityBenchOptions Parse(string[] args)
    {
        var options = new AvailabilityBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rows" => options with { Rows = Positive(Value()) },
                "--writers" => options with { Writers = Positive(Value()) },
                "--pause-ms" => options with { PauseMilliseconds = Positive(Value()) },
                "--batch" => options with { BatchSize = Positive(Value()) },
                "--pg-url" => options with { PostgresUrl = Value() },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number");
}
