using System.Diagnostics;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Models;

/// <summary>Loads a shared fixture (schema and, when it has one, data) with its load.sh.</summary>
public static class FixtureLoader
{
    /// <summary>The fixtures with a SQLite schema.</summary>
    public static TheoryData<string> SqliteNames => Names("sqlite");

    /// <summary>The fixtures with a PostgreSQL schema.</summary>
    public static TheoryData<string> PostgresNames => Names("postgres");

    /// <summary>Loads <paramref name="fixture"/> (with data) into <paramref name="target"/> (a URL or a SQLite file path).</summary>
    public static async Task LoadAsync(string fixture, string target)
    {
        var script = Path.Combine(RepositoryPaths.Fixtures, "load.sh");
        var start = new ProcessStartInfo("bash", [script, "--data", fixture, target]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + script);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"load.sh {fixture} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }

    private static TheoryData<string> Names(string engine)
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepositoryPaths.Fixtures).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, engine, "schema.sql")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }
}
