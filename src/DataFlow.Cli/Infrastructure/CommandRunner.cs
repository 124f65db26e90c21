namespace DataFlow.Cli.Infrastructure;

/// <summary>Runs a command body and turns any exception into the documented error output and exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>; on an exception reports it (see <see cref="ErrorReporter"/>) and returns 1.</summary>
    public static async Task<int> RunAsync(CliHost host, bool verbose, Func<Task<int>> body)
    {
        // Yield first: System.CommandLine registers its Ctrl+C / SIGTERM handlers once the action has returned a task.
        // A body that ran synchronously up to its first output (SQLite work completes synchronously) could otherwise meet
        // a signal before they exist, and the process would be killed (exit 130) instead of stopping cleanly.
        await Task.Yield();
        try
        {
            return await body();
        }
        catch (Exception exception)
        {
            return new ErrorReporter(host.Error, host.Redactor).Report(exception, verbose);
        }
    }
}
