using System.Diagnostics;
using DataFlow.Tests.Infrastructure;

namespace DataFlow.Tests.Dialects.Postgres;

/// <summary>The real-world PostgreSQL schemas under <see cref="RepositoryPaths.Fixtures"/>, loaded with its load.sh (psql).</summary>
public static class PostgresFixtures
{
    /// <summary>Every fixture that has a PostgreSQL schema (<c>&lt;name&gt;/postgres/schema.sql</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = Directory.Exists(RepositoryPaths.Fixtures)
        ? Directory.GetDirectories(RepositoryPaths.Fixtures)
            .Where(d => File.Exists(Path.Combine(d, "postgres", "schema.sql")))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .ToList()
        : [];

    /// <summary>Loads the schema of <paramref name="fixture"/> into the (empty) database at <paramref name="url"/>.</summary>
    public static async Task LoadAsync(string fixture, string url)
    {
        var script = Path.Combine(RepositoryPaths.Fixtures, "load.sh");
        var start = new ProcessStartInfo("bash", [script, fixture, url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + script);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"load.sh {fixture} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
