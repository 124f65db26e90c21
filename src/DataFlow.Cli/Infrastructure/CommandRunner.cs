namespace DataFlow.Cli.Infrastructure;

/// <summary>Runs a command body and turns any exception into the documented error output and exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>; on an exception reports it (see <see cref="ErrorReporter"/>) and returns 1.</summary>
    public static async Task<int> RunAsync(CliHost host, bool verbose, Func<Task<int>> body)
    {
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
