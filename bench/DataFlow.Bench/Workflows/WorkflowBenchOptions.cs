using System.Globalization;

namespace DataFlow.Bench.Workflows;

/// <summary>The <c>workflows</c> command's options.</summary>
internal sealed record WorkflowBenchOptions
{
    public const string Usage = """
        usage: DataFlow.Bench workflows [options]
          --sizes 10,1000,10000       workflow sizes in nodes (default 10,1000,10000)
          --runs 7                    timed samples per measurement (the median is reported)
          --sample-ms 50              minimum length of one sample; short operations repeat within it
          --warmup-ms 300             untimed repetitions first, so that tiered JIT has optimised the code
          --out FILE                  also write the markdown report to FILE
        """;

    public IReadOnlyList<int> Sizes { get; init; } = [10, 1000, 10000];
    public int Runs { get; init; } = 7;
    public double SampleMs { get; init; } = 50;
    public double WarmupMs { get; init; } = 300;
    public string? OutputFile { get; init; }

    public static WorkflowBenchOptions Parse(string[] args)
    {
        var options = new WorkflowBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',').Select(ParsePositive).ToList() },
                "--runs" => options with { Runs = ParsePositive(Value()) },
                "--sample-ms" => options with { SampleMs = ParsePositive(Value()) },
                "--warmup-ms" => options with { WarmupMs = ParsePositive(Value()) },
                "--out" => options with { OutputFile = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }

    private static int ParsePositive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number");
}
