using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using DataFlow.Bench.Databases;

namespace DataFlow.Bench.Readers;

/// <summary>
/// EF Core 6.0.7's SQLite model factory, run in the DataFlow.Bench.EfSqlite child process (EF Core 6 and 10
/// cannot share a project). The child warms up and times its runs itself, in-process, and prints them as JSON.
/// </summary>
internal sealed class EfCoreSqliteChildReader : ISchemaReader
{
    private const string Tool = "EF Core SQLite IDatabaseModelFactory";

    private static readonly string ChildPath = Environment.GetEnvironmentVariable("DATAFLOW_BENCH_EFSQLITE")
        ?? typeof(EfCoreSqliteChildReader).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "EfSqliteBaselinePath").Value!;

    public async Task<ReaderResult> MeasureAsync(BenchDatabase database, int warmups, int runs)
    {
        if (!File.Exists(ChildPath))
        {
            return ReaderResult.NotAvailable(Tool, "6.0.7", $"failed: {ChildPath} not built (dotnet build -c Release bench/DataFlow.Bench.EfSqlite)");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { ChildPath, "--db", database.FilePath!, "--warmups", $"{warmups}", "--runs", $"{runs}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            return ReaderResult.NotAvailable(Tool, "6.0.7", $"failed (exit {child.ExitCode}): {FirstLine(await stderr)}");
        }

        var report = JsonSerializer.Deserialize<BaselineReport>(await stdout)!;
        return ReaderResult.Measured(Tool, $"{report.Version} (SQLite {report.EngineVersion})", report.RunsMs, report.Counts);
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
