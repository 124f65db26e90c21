using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.InteropServices;
using DataFlow.Cli.Commands;
using DataFlow.Cli.Infrastructure;
using DataFlow.Connections;

namespace DataFlow.Cli;

/// <summary>The <c>dataflow</c> command, callable in-process.</summary>
public static class CliApp
{
    /// <summary>
    /// Runs <c>dataflow</c> with <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.
    /// </summary>
    /// <returns>The exit code: 0 ok, 1 error, 2 differences or drift found (diff, check).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliHost.For(stdout, stderr), cancellationToken);

    /// <summary>Runs with an explicit host (tests use this to supply the environment and a schema source).</summary>
    internal static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        host = host with { Redactor = SecretRedactor.For(args.Append(host.GetEnvironmentVariable(DatabaseUrl.EnvironmentVariable))) };
        var root = DataFlowRootCommand.Create(host);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return ReportParseErrors(parseResult, host);
        }

        var configuration = new InvocationConfiguration
        {
            Output = host.Out,
            Error = host.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C / SIGTERM cancel the command's token (watch then stops cleanly with exit 0) instead of killing the process;
            // a command that has not stopped after this long ends with 130. Two seconds proved too short on a loaded machine.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
        };
        // Registered before the command starts (System.CommandLine registers its own handlers only once the action has
        // returned a task): a Ctrl+C or SIGTERM during start-up cancels the command instead of killing the process.
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            try
            {
                interrupted.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The signal's handlers run one after another: System.CommandLine's waits for the command to end, so by
                // the time this one runs the command may be over and its token source disposed. Nothing left to cancel.
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            return await parseResult.InvokeAsync(configuration, interrupted.Token);
        }
        catch (Exception exception)
        {
            // Commands report their own errors; this catches anything thrown outside them (help rendering, ...).
            return new ErrorReporter(host.Error, host.Redactor).Report(exception, verbose: args.Contains("--verbose") || args.Contains("-v"));
        }
    }

    private static int ReportParseErrors(ParseResult parseResult, CliHost host)
    {
        foreach (var error in parseResult.Errors)
        {
            host.Error.WriteLine(host.Redactor.Redact("error: " + error.Message));
        }

        var command = string.Join(' ', parseResult.CommandResult.Command.Parents.OfType<Command>().Reverse()
            .Select(c => c.Name).Append(parseResult.CommandResult.Command.Name));
        host.Error.WriteLine($"Run '{command} --help' for usage.");
        return ExitCodes.Error;
    }
}
