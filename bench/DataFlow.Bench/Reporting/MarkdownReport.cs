using System.Globalization;
using System.Text;
using DataFlow.Bench.Readers;

namespace DataFlow.Bench.Reporting;

/// <summary>Renders the discovery benchmark's results as markdown.</summary>
internal static class MarkdownReport
{
    public static string Render(IReadOnlyList<BenchCase> cases, BenchEnvironment environment)
    {
        var md = new StringBuilder();
        md.AppendLine("# Schema discovery benchmark: results").AppendLine();
        md.AppendLine(Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `DataFlow.Bench discovery`."));
        md.AppendLine(Invariant($"Machine: {environment.Machine}; {environment.Runtime}."));
        md.AppendLine(Invariant($"PostgreSQL {environment.PostgresVersion ?? "not run"}; DataFlow's SQLite engine: {environment.SqliteEngine ?? "not run"}."));
        md.AppendLine(environment.Method).AppendLine();

        md.AppendLine("## Time to read the whole schema (median)").AppendLine();
        md.AppendLine("| Tables | Dialect | DataFlow ms | EF Core ms | EF Core ÷ DataFlow | DataFlow ms/table | EF Core ms/table |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var c in cases)
        {
            md.AppendLine(Invariant($"| {c.Tables:N0} | {Dialect(c)} | {Median(c.DataFlow)} | {Median(c.EfCore)} | {Speedup(c)} | {PerTable(c.DataFlow, c.Tables)} | {PerTable(c.EfCore, c.Tables)} |"));
        }

        md.AppendLine().AppendLine("## Growth with the table count").AppendLine();
        md.AppendLine("Scaling exponent between consecutive sizes: log(t₂/t₁) ÷ log(n₂/n₁). 1.0 is linear, 2.0 quadratic;");
        md.AppendLine("below 1.0 the fixed cost (connection, catalog query planning) still dominates.").AppendLine();
        md.AppendLine("| Dialect | Sizes | DataFlow exponent | EF Core exponent |");
        md.AppendLine("|---|---|---:|---:|");
        foreach (var group in cases.GroupBy(c => c.Database.Dialect))
        {
            foreach (var (small, large) in group.Zip(group.Skip(1)))
            {
                md.AppendLine(Invariant($"| {Dialect(small)} | {small.Tables:N0} → {large.Tables:N0} | {Exponent(small, large, c => c.DataFlow)} | {Exponent(small, large, c => c.EfCore)} |"));
            }
        }

        md.AppendLine().AppendLine("## What each tool read").AppendLine();
        md.AppendLine("Tables / columns / foreign keys / indexes (secondary indexes; primary keys not counted).").AppendLine();
        md.AppendLine("| Tables | Dialect | Generated | DataFlow | EF Core | Generation time |");
        md.AppendLine("|---:|---|---|---|---|---:|");
        foreach (var c in cases)
        {
            md.AppendLine(Invariant($"| {c.Tables:N0} | {Dialect(c)} | {c.Database.Expected} | {Found(c.DataFlow)} | {Found(c.EfCore)} | {Generation(c)} |"));
        }

        md.AppendLine().AppendLine("## Every timed run").AppendLine();
        md.AppendLine("| Tables | Dialect | Tool | Version | Runs (ms) |");
        md.AppendLine("|---:|---|---|---|---|");
        foreach (var c in cases)
        {
            foreach (var result in new[] { c.DataFlow, c.EfCore })
            {
                var runs = result.IsMeasured ? string.Join(", ", result.RunsMs.Select(Milliseconds)) : result.Unavailable;
                md.AppendLine(Invariant($"| {c.Tables:N0} | {Dialect(c)} | {result.Tool} | {result.Version} | {runs} |"));
            }
        }

        return md.ToString();
    }

    private static string Dialect(BenchCase c) => c.Database.Dialect == BenchDialect.Postgres ? "PostgreSQL" : "SQLite";

    private static string Median(ReaderResult result) => result.IsMeasured ? Milliseconds(result.MedianMs) : result.Unavailable!;

    private static string Speedup(BenchCase c) => c.Speedup is { } ratio ? Invariant($"{ratio:F1}×") : "–";

    private static string PerTable(ReaderResult result, int tables) =>
        result.IsMeasured ? Invariant($"{result.MedianMs / tables:F3}") : "–";

    private static string Generation(BenchCase c) =>
        c.Database.Reused ? "reused" : Invariant($"{c.Database.GenerationMs / 1000:F1} s");

    private static string Found(ReaderResult result) => result.Counts?.ToString() ?? "–";

    private static string Exponent(BenchCase small, BenchCase large, Func<BenchCase, ReaderResult> tool) =>
        tool(small).IsMeasured && tool(large).IsMeasured
            ? Invariant($"{Math.Log(tool(large).MedianMs / tool(small).MedianMs) / Math.Log((double)large.Tables / small.Tables):F2}")
            : "–";

    private static string Milliseconds(double ms) => ms < 100 ? Invariant($"{ms:F1}") : Invariant($"{ms:N0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
