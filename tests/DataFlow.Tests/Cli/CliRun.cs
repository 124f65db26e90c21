using DataFlow.Cli;
using DataFlow.Cli.Infrastructure;

namespace DataFlow.Tests.Cli;

/// <summary>What one in-process run of <c>dataflow</c> produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Everything the run printed.</summary>
    public string AllOutput => Out + Error;
}

/// <summary>Runs the CLI in-process with captured output and an empty environment (no DATABASE_URL).</summary>
internal static class CliRun
{
    /// <summary>Runs through the public entry point (real discovery).</summary>
    public static async Task<CliResult> PublicAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with real discovery and no environment variables.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(DataFlowSchemaSource.Instance, null, args);

    /// <summary>Runs with a schema source and an optional DATABASE_URL value.</summary>
    public static async Task<CliResult> RunAsync(ISchemaSource source, string? databaseUrl, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var host = new CliHost
        {
            Out = stdout,
            Error = stderr,
            SchemaSource = source,
            GetEnvironmentVariable = name => name == "DATABASE_URL" ? databaseUrl : null,
        };
        var exitCode = await CliApp.RunAsync(args, host);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
