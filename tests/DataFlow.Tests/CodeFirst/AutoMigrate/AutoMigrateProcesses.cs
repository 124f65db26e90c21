using System.Diagnostics;
using System.Reflection;

namespace DataFlow.Tests.CodeFirst.AutoMigrate;

/// <summary>Starts the probe application (tests/DataFlow.AutoMigrateProbe) as real OS processes.</summary>
internal static class AutoMigrateProcesses
{
    private static readonly string Probe = typeof(AutoMigrateProcesses).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "AutoMigrateProbePath").Value!;

    // The probes' model cache, inside the test run's own (scripts/test.sh or the module initializer), not the user's profile.
    private static readonly string SharedModelCache = Path.Combine(Environment.GetEnvironmentVariable(DataFlow.CodeFirst.Caching.ModelCache.DirectoryVariable)!, "probes");

    /// <summary>
    /// Starts the probe for <paramref name="application"/> (same, a, b), optionally told to begin at
    /// <paramref name="startAt"/>, to create <paramref name="inserts"/> rows after migrating and to keep its model cache
    /// in <paramref name="modelCache"/>; <paramref name="useHumanizer"/> makes it build Humanizer's vocabulary first.
    /// </summary>
    public static Process Start(string url, string application, DateTimeOffset? startAt = null, int inserts = 0, string? modelCache = null, bool useHumanizer = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DATAFLOW_PROBE_INSERTS"] = inserts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DATAFLOW_PROBE_MODEL_CACHE"] = modelCache ?? SharedModelCache;
        if (useHumanizer)
        {
            start.Environment["DATAFLOW_PROBE_USE_HUMANIZER"] = "1";
        }

        start.ArgumentList.Add(Probe);
        start.ArgumentList.Add(url);
        start.ArgumentList.Add(application);
        if (startAt is { } at)
        {
            start.ArgumentList.Add(at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Process.Start(start)!;
    }

    /// <summary>Waits for the process and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> WaitAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts <paramref name="applications"/> together (each begins at the same instant) and waits for all.</summary>
    public static Task<(int ExitCode, string Output)[]> RunTogetherAsync(string url, params string[] applications) =>
        RunTogetherAsync(url, inserts: 0, applications);

    /// <summary>Starts <paramref name="applications"/> together, each creating <paramref name="inserts"/> rows once migrated, and waits for all.</summary>
    public static async Task<(int ExitCode, string Output)[]> RunTogetherAsync(string url, int inserts, params string[] applications)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(4 + (applications.Length / 2));
        var processes = applications.Select(a => Start(url, a, at, inserts)).ToList();
        try
        {
            return await Task.WhenAll(processes.Select(WaitAsync));
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }
    }
}
