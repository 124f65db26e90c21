using System.Globalization;

namespace DataFlow.Bench.SchemaDiff;

/// <summary>Options of the <c>diff</c> benchmark.</summary>
internal sealed record DiffBenchOptions
{
    public const string Usage = """
        usage: DataFlow.Bench diff [options]
          --tables 10000              tables per schema (each ~15 columns, a key, a foreign key, an index, a check)
          --runs 9                    timed comparisons (the median is reported)
        """;

    public int Tables { get; init; } = 10_000;
    public int Runs { get; init; } = 9;

    public static DiffBenchOptions Parse(string[] args)
    {
        var options = new DiffBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--tables" => options with { Tables = ParsePositive(Value()) },
                "--runs" => options with { Runs = ParsePositive(Value()) },
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
